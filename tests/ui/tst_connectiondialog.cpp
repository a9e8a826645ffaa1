// SPDX-License-Identifier: GPL-3.0-or-later
// The connection dialog and help (issue 7, item 12) against a cupi-sim of its own: a pin belongs
// to the URL it was made for (a changed URL is not "certificate CHANGED"); a failed connect keeps
// the password, selected; a saved profile can be deleted (after a confirmation) with its pin and
// its keychain entry; Ctrl+F1 opens the keyboard help (not About; F1 is the user guide:
// tst_helpmenu); no Alt+ letter twice in the dialogs.
#include "keyboardwalk.h"
#include "uitest.h"

#include "core/operations/serverurl.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTextBrowser>
#include <QTimer>

using namespace HandlerDesk;
using namespace HandlerDesk::Core;
using namespace HandlerDesk::Test;
using namespace HandlerDesk::Test::KeyboardWalk;
using namespace Qt::Literals::StringLiterals;

namespace {

// A server that is not there, and a pin that is not the simulator's.
const QUrl OtherServer(u"https://127.0.0.1:9/"_s);
const QString OtherPin = QString(u"AB:"_s).repeated(31) + u"AB"_s;

QString normalized(QString fingerprint)
{
    return fingerprint.remove(u':').toUpper();
}

} // namespace

class TestConnectionDialog : public UiTest
{
    Q_OBJECT

    static QDialog *waitForDialog(QWidget *w, const QString &name)
    {
        QDialog *dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                dialog = w->findChild<QDialog *>(name);
                return dialog && dialog->isVisible();
            },
            15000);
        return shown ? dialog : nullptr;
    }

    static void chooseProfile(QDialog *dialog, const QString &name)
    {
        auto *combo = dialog->findChild<QComboBox *>(u"profile"_s);
        const int index = combo->findText(name);
        QVERIFY2(index >= 0, qPrintable(name));
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index); // as a choice in the list does
    }

    static SecretResult read(SecretStore *secrets, const QString &key)
    {
        SecretResult result;
        bool done = false;
        secrets->readPassword(key, nullptr, [&](const SecretResult &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 5000))
            qWarning("the secret store did not answer");
        return result;
    }

    Ui::ServerProfile simProfile(const QString &name) const
    {
        Ui::ServerProfile p;
        p.name = name;
        p.url = m_sim.url();
        p.user = m_sim.admin().user;
        p.pinnedSha256 = m_sim.sha256();
        return p;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(startSimulator()); }
    void init() { QSettings().clear(); }

    // A profile pinned for one server, pointed at another URL: that URL starts without a pin, so
    // the certificate is new (not "CHANGED"), and the dialog said so before connecting.
    void changedUrlStartsWithoutPin()
    {
        Ui::ServerProfile lab;
        lab.name = u"lab"_s;
        lab.url = OtherServer;
        lab.user = m_sim.admin().user;
        lab.pinnedSha256 = OtherPin;
        Ui::ServerProfile::save(lab);

        MemorySecretStore secrets;
        Ui::MainWindow w(&secrets);
        w.show();
        w.showConnectionDialog();
        QDialog *dialog = waitForDialog(&w, u"connectionDialog"_s);
        QVERIFY(dialog);
        chooseProfile(dialog, u"lab"_s);
        auto *url = dialog->findChild<QLineEdit *>(u"serverUrl"_s);
        QCOMPARE(url->text(), OtherServer.toString());
        url->selectAll();
        QTest::keyClicks(url, m_sim.url().toString());
        auto *note = dialog->findChild<QLabel *>(u"pinNote"_s);
        // The note names the pinned server as core normalises addresses (no trailing '/').
        const QString pinned = Core::normalizedServerUrl(OtherServer.toString()).toString();
        const bool said = note && note->isVisibleTo(dialog) && note->text().contains(pinned);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"password"_s), m_sim.admin().password);
        dialog->findChild<QPushButton *>(u"connectButton"_s)->click();

        QDialog *certificate = waitForDialog(&w, u"certificateDialog"_s);
        QVERIFY(certificate);
        const QString headline = certificate->findChild<QLabel *>(u"certificateHeadline"_s)->text();
        QVERIFY2(!headline.contains(u"CHANGED"_s), qPrintable(headline));
        QCOMPARE(normalized(certificate->findChild<QLabel *>(u"sha256"_s)->text()),
                 normalized(m_sim.sha256()));
        QVERIFY2(said, "the dialog did not say that the new address starts without the pin");

        certificate->findChild<QPushButton *>(u"trustPinButton"_s)->click();
        QVERIFY(waitLoaded(&w));
        const QList<Ui::ServerProfile> saved = Ui::ServerProfile::loadAll();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().url, m_sim.url());
        QCOMPARE(normalized(saved.first().pinnedSha256), normalized(m_sim.sha256()));
    }

    // A wrong password: the dialog comes back with it, selected and focused; typing replaces it.
    void failedConnectKeepsPassword()
    {
        MemorySecretStore secrets;
        Ui::MainWindow w(&secrets);
        w.show();
        w.connectTo(simProfile(QString()), u"not-the-password"_s);
        QDialog *dialog = waitForDialog(&w, u"connectionDialog"_s);
        QVERIFY(dialog);
        auto *password = dialog->findChild<QLineEdit *>(u"password"_s);
        QCOMPARE(password->text(), u"not-the-password"_s);
        QCOMPARE(password->selectedText(), password->text());
        QCOMPARE(dialog->focusWidget(), password);

        QTest::keyClicks(password, m_sim.admin().password);
        QCOMPARE(password->text(), m_sim.admin().password);
        dialog->findChild<QPushButton *>(u"connectButton"_s)->click();
        QVERIFY(waitLoaded(&w));
        QCOMPARE(w.handlerModel()->loadedCount(), qint64(m_handlers.size())); // the server's list
    }

    // Delete asks first; Cancel keeps the profile; Delete removes it, its pin and its password
    // (another profile's password stays).
    void deleteProfile()
    {
        Ui::ServerProfile kept;
        kept.name = u"kept"_s;
        kept.url = OtherServer;
        kept.user = u"someone"_s;
        kept.rememberPassword = true;
        Ui::ServerProfile doomed = simProfile(u"doomed"_s);
        doomed.rememberPassword = true;
        Ui::ServerProfile::save(kept);
        Ui::ServerProfile::save(doomed); // the last one used: the dialog offers it
        MemorySecretStore secrets;
        bool written = false;
        secrets.writePassword(kept.secretKey(), u"kept-secret"_s);
        secrets.writePassword(doomed.secretKey(), m_sim.admin().password, nullptr,
                              [&](const SecretResult &) { written = true; });
        QTRY_VERIFY(written);

        Ui::MainWindow w(&secrets);
        w.show();
        w.showConnectionDialog();
        QDialog *dialog = waitForDialog(&w, u"connectionDialog"_s);
        QVERIFY(dialog);
        auto *remove = dialog->findChild<QPushButton *>(u"deleteProfileButton"_s);
        QVERIFY2(remove, "the connection dialog has no Delete button");
        QCOMPARE(dialog->findChild<QComboBox *>(u"profile"_s)->currentText(), u"doomed"_s);
        QVERIFY(remove->isEnabled());

        auto answer = [&](bool confirm) {
            remove->click();
            QMessageBox *box = nullptr;
            QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(u"deleteProfileConfirmation"_s)) &&
                        box->isVisible());
            QVERIFY(
                box->text().contains(dialog->findChild<QComboBox *>(u"profile"_s)->currentText()));
            const QStringList clash = clashes(windowMnemonics(box), u"delete confirmation"_s);
            QVERIFY2(clash.isEmpty(), qPrintable(clash.join(u'\n')));
            if (confirm)
                box->findChild<QPushButton *>(u"deleteProfileConfirmButton"_s)->click();
            else
                box->button(QMessageBox::Cancel)->click();
        };
        answer(false);
        QCOMPARE(Ui::ServerProfile::loadAll().size(), 2);
        answer(true);
        const QList<Ui::ServerProfile> left = Ui::ServerProfile::loadAll();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().name, u"kept"_s);
        QCOMPARE(Ui::ServerProfile::lastUsed(), QString());
        QTRY_VERIFY(!read(&secrets, doomed.secretKey()).found);
        QCOMPARE(read(&secrets, kept.secretKey()).password, u"kept-secret"_s);
        for (const QString &key : QSettings().allKeys())
            QVERIFY2(normalized(QSettings().value(key).toString()) != normalized(m_sim.sha256()),
                     qPrintable(key));
        auto *combo = dialog->findChild<QComboBox *>(u"profile"_s);
        QCOMPARE(combo->count(), 1);
        QVERIFY(dialog->findChild<QLineEdit *>(u"serverUrl"_s)->text().isEmpty());

        // A keychain that fails: the profile goes, and the dialog says the password stayed.
        secrets.setFailure(u"No keychain here."_s);
        chooseProfile(dialog, u"kept"_s);
        QVERIFY(remove->isEnabled());
        answer(true);
        QVERIFY(Ui::ServerProfile::loadAll().isEmpty());
        auto *keychain = dialog->findChild<QLabel *>(u"keychainMessage"_s);
        QTRY_VERIFY(keychain->isVisible() && keychain->text().contains(u"removed"_s) &&
                    keychain->text().contains(u"No keychain here."_s));
    }

    // Ctrl+F1 opens the keyboard help, which lists every command with its keys; not About.
    void ctrlF1OpensKeyboardHelp()
    {
        MemorySecretStore secrets;
        Ui::MainWindow w(&secrets);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QStringList modal; // an About box would block: note and close it
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            if (QWidget *box = QApplication::activeModalWidget()) {
                modal.append(box->windowTitle());
                box->close();
            }
        });
        closer.start(50);
        QTest::keyClick(&w, Qt::Key_F1, Qt::ControlModifier);
        QDialog *help = waitForDialog(&w, u"keyboardHelp"_s);
        closer.stop();
        QVERIFY2(modal.isEmpty(), qPrintable(u"Ctrl+F1 opened "_s + modal.join(u", "_s)));
        QVERIFY2(help, "Ctrl+F1 opened no keyboard help");
        const QString text = help->findChild<QTextBrowser *>()->toPlainText();
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->shortcuts().isEmpty() || a->text().isEmpty())
                continue;
            QVERIFY2(text.contains(plain(a->text())), qPrintable(a->text()));
            for (const QKeySequence &k : a->shortcuts())
                QVERIFY2(text.contains(k.toString(QKeySequence::NativeText)),
                         qPrintable(a->text() + u' ' + k.toString()));
        }
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->menuRole() == QAction::AboutRole)
                QVERIFY2(a->shortcuts().isEmpty(), "About still has a key");
        }
    }

    // The connection dialog's letters are unique, counting GNOME's "&Cancel" and "&OK".
    void dialogLettersUnique()
    {
        MemorySecretStore secrets;
        Ui::MainWindow w(&secrets);
        w.showConnectionDialog();
        QDialog *dialog = waitForDialog(&w, u"connectionDialog"_s);
        QVERIFY(dialog);
        const QStringList clash = clashes(windowMnemonics(dialog), u"connection dialog"_s);
        QVERIFY2(clash.isEmpty(), qPrintable(clash.join(u'\n')));
        for (QWidget *input : inputsOf(dialog)) {
            const QString label = plain(labelOf(input));
            QVERIFY2(!accessibleName(input).isEmpty(), qPrintable(describe(input)));
            if (!label.isEmpty())
                QCOMPARE(plain(accessibleName(input)), label);
        }
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
