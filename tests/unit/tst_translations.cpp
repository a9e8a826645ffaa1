// SPDX-License-Identifier: GPL-3.0-or-later
// The German translation is complete (issue 13): lupdate, run over the sources with the options of
// the real update into a scratch .ts, finds no text that translations/handlerdesk_de.ts lacks,
// leaves unfinished or keeps after it vanished; every translation has the placeholders of its
// source. Also: handlerctl speaks German for LANG=de_DE.UTF-8 (its texts and Qt's), English for
// C, POSIX and English (its man page is made from the --help of LC_ALL=C).
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Entry
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // of <translation>: "", "unfinished", "vanished", "obsolete"
    QStringList forms;
};

QString keyOf(const Entry &entry)
{
    QString key = entry.context + u" | \""_s + entry.source + u'"';
    if (!entry.comment.isEmpty())
        key += u" ("_s + entry.comment + u')';
    return key;
}

// The messages of a .ts file by key; std::nullopt with `error` set when it cannot be read.
std::optional<QList<Entry>> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u": "_s + file.errorString();
        return std::nullopt;
    }
    QList<Entry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == "message"_L1)
            entries.append(entry);
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == "TS"_L1 || name == "context"_L1) {
            continue;
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            entry = Entry{};
            entry.context = context;
            entry.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
        } else if (name == "source"_L1) {
            entry.source = xml.readElementText();
        } else if (name == "comment"_L1) {
            entry.comment = xml.readElementText();
        } else if (name == "translation"_L1) {
            entry.type = xml.attributes().value("type"_L1).toString();
            if (!entry.numerus) {
                entry.forms = {xml.readElementText()};
                continue;
            }
            while (xml.readNextStartElement())
                entry.forms.append(xml.readElementText());
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        *error = path + u": "_s + xml.errorString();
        return std::nullopt;
    }
    return entries;
}

// %1…%99 and %n (also %L1) as a sorted list, each once.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?([0-9]{1,2}|n)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        found.append(u'%' + m.captured(1));
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void germanComplete();
    void placeholdersKept();
    void spokenLanguage_data();
    void spokenLanguage();

private:
    QList<Entry> committed();
};

QList<Entry> TestTranslations::committed()
{
    QString error;
    const auto entries = readTs(HD_SOURCE_DIR "/translations/handlerdesk_de.ts"_L1, &error);
    if (!entries)
        qFatal("%s", qPrintable(error));
    return *entries;
}

void TestTranslations::germanComplete()
{
    const QString lupdate = QString::fromUtf8(HD_LUPDATE);
    if (!QFileInfo(lupdate).isExecutable())
        QSKIP(qPrintable(u"lupdate is not installed (%1)"_s.arg(lupdate)));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString scratch = dir.filePath(u"scratch_de.ts"_s);
    QProcess process;
    process.setWorkingDirectory(QString::fromUtf8(HD_SOURCE_DIR));
    process.setProcessChannelMode(QProcess::MergedChannels);
    // The options of the real update (scripts/update-translations.sh, update_translations).
    QFile optionsFile(HD_SOURCE_DIR "/translations/lupdate-options.txt"_L1);
    QVERIFY2(optionsFile.open(QIODevice::ReadOnly), qPrintable(optionsFile.errorString()));
    QStringList arguments =
        QString::fromUtf8(optionsFile.readAll()).simplified().split(u' ', Qt::SkipEmptyParts);
    arguments << u"-silent"_s << u"-I"_s << u"."_s << u"core"_s << u"ui"_s << u"app"_s << u"-ts"_s
              << scratch;
    process.start(lupdate, arguments);
    QVERIFY2(process.waitForFinished(120'000), "lupdate did not finish");
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             process.readAll().constData());

    QString error;
    const auto fromSources = readTs(scratch, &error);
    QVERIFY2(fromSources, qPrintable(error));
    QVERIFY2(fromSources->size() > 500, "lupdate found (almost) no texts");

    QHash<QString, Entry> german;
    for (const Entry &entry : committed())
        german.insert(keyOf(entry), entry);
    QStringList problems;
    QSet<QString> current;
    for (const Entry &source : *fromSources) {
        const QString key = keyOf(source);
        current.insert(key);
        const auto it = german.constFind(key);
        if (it == german.cend())
            problems.append(u"missing: "_s + key);
        else if (!it->type.isEmpty() || it->forms.isEmpty() ||
                 std::any_of(it->forms.cbegin(), it->forms.cend(),
                             [](const QString &form) { return form.isEmpty(); }))
            problems.append(u"unfinished: "_s + key);
    }
    for (auto it = german.cbegin(); it != german.cend(); ++it) {
        if (!current.contains(it.key()))
            problems.append(u"vanished (no longer in the sources): "_s + it.key());
    }
    if (!problems.isEmpty()) {
        problems.sort();
        QFAIL(qPrintable(
            u"%1 German text(s) to do in translations/handlerdesk_de.ts "
            "(scripts/update-translations.sh, then translate):\n  "_s.arg(problems.size()) +
            problems.join(u"\n  "_s)));
    }
}

void TestTranslations::placeholdersKept()
{
    QStringList problems;
    for (const Entry &entry : committed()) {
        QStringList wanted = placeholders(entry.source);
        if (entry.numerus) {
            // A singular form may say "ein" for %n; the plural form keeps it.
            wanted.removeAll(u"%n"_s);
            if (!entry.forms.isEmpty() && !entry.forms.last().contains(u"%n"_s))
                problems.append(u"plural form without %n: "_s + keyOf(entry));
        }
        for (const QString &form : entry.forms) {
            if (form.isEmpty())
                continue; // reported by germanComplete
            QStringList found = placeholders(form);
            if (entry.numerus)
                found.removeAll(u"%n"_s);
            if (found != wanted) {
                problems.append(u"%1 → \"%2\": %3 instead of %4"_s.arg(
                    keyOf(entry), form, found.join(u' '), wanted.join(u' ')));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::spokenLanguage_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<bool>("german");
    QTest::newRow("LANG=de_DE.UTF-8") << QStringList{u"LANG=de_DE.UTF-8"_s} << true;
    QTest::newRow("LANGUAGE=de") << QStringList{u"LANG=fr_FR.UTF-8"_s, u"LANGUAGE=de"_s} << true;
    QTest::newRow("LC_MESSAGES=de") << QStringList{u"LC_MESSAGES=de_AT.UTF-8"_s} << true;
    QTest::newRow("LC_ALL=C over LANG=de")
        << QStringList{u"LC_ALL=C"_s, u"LANG=de_DE.UTF-8"_s} << false;
    QTest::newRow("C.UTF-8 with LANGUAGE=de")
        << QStringList{u"LC_ALL=C.UTF-8"_s, u"LANGUAGE=de"_s} << false;
    QTest::newRow("POSIX") << QStringList{u"LANG=POSIX"_s} << false;
    QTest::newRow("English") << QStringList{u"LANG=en_US.UTF-8"_s} << false;
    QTest::newRow("English first in LANGUAGE")
        << QStringList{u"LANG=de_DE.UTF-8"_s, u"LANGUAGE=en:de"_s} << false;
    QTest::newRow("nothing set") << QStringList{} << false;
}

// handlerctl's and handlerdesk's --help in the environment: our texts and Qt's
// (QCommandLineParser's, from qtbase_de.qm) in German, or all in English.
void TestTranslations::spokenLanguage()
{
    QFETCH(QStringList, environment);
    QFETCH(bool, german);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    for (const QString &assignment : std::as_const(environment))
        env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    const auto helpOf = [&env](const QString &program) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(program, {u"--help"_s});
        process.waitForFinished(30'000);
        return QString::fromUtf8(process.readAllStandardOutput());
    };

    const QString handlerctl = qEnvironmentVariable("HANDLERCTL_BIN");
    if (handlerctl.isEmpty())
        QSKIP("HANDLERCTL_BIN is not set (handlerctl is not built)");
    const QString ctlHelp = helpOf(handlerctl);
    QVERIFY2(ctlHelp.contains(u"--server"_s), qPrintable(ctlHelp));
    QCOMPARE(ctlHelp.contains(u"Befehle:"_s), german);
    QCOMPARE(ctlHelp.contains(u"Commands:"_s), !german);

    const QString handlerdesk = QString::fromUtf8(HD_HANDLERDESK);
    if (handlerdesk.isEmpty())
        return; // built without the GUI
    const QString deskHelp = helpOf(handlerdesk);
    QVERIFY2(deskHelp.contains(u"--server"_s), qPrintable(deskHelp));
    QCOMPARE(deskHelp.contains(u"Zeigt Hilfe zu den Kommandozeilenoptionen an."_s), german);
    QCOMPARE(deskHelp.contains(u"Displays help on commandline options."_s), !german);
    QCOMPARE(deskHelp.contains(u"Kontoname."_s), german);
    QCOMPARE(deskHelp.contains(u"Account name."_s), !german);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
