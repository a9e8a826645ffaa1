// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Support for the cupi-sim conformance tests: start a cupi-sim process (CUPISIM_BIN) on a free
// loopback port, talk to it over HTTPS trusting exactly the fingerprint it printed, and parse
// CUPI bodies (XML or JSON) into one neutral shape. Uses Qt only, none of Handler Desk's code.
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStringList>

#include <memory>

namespace CupiSimTest {

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QList<QByteArray> setCookies;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QMap<QByteArray, QByteArray> headers; // lower-case names
    qint64 finishedAtMs = 0;
};

qint64 clockMs();

inline const QString handlersPath = QStringLiteral("/vmrest/handlers/callhandlers");
// A query value, percent-encoded for a URL ("(DisplayName is A & B)").
QString percent(const QString &s); // a monotonic clock shared by all replies' finishedAtMs
// The value of cookie `name` among a reply's Set-Cookie headers; empty when it has none.
QByteArray cookieValue(const QList<QByteArray> &setCookies, const QByteArray &name);

// A CUPI body: a list (root, total, item name, items) or one object (root, fields).
struct Doc
{
    bool ok = false;
    QString error;
    QString root;     // XML root element; JSON: empty
    QString total;    // list total (XML attribute / JSON "@total"); empty for an object
    QString itemName; // XML child element / JSON item key
    bool jsonItemIsObject = false; // JSON: exactly one item, given as an object
    bool allStrings = true;        // JSON: every scalar was a string
    QList<QMap<QString, QString>> items;
    QMap<QString, QString> fields; // one object (GET by id), or ErrorDetails' code/message
};
Doc parse(const QByteArray &body, bool json);

struct RequestOptions
{
    QString user = QStringLiteral("admin");
    QString password = QStringLiteral("admin");
    bool json = false;
    QByteArray contentType; // empty: none
    bool basic = true;
    QByteArray cookie;                    // explicit Cookie header
    QNetworkAccessManager *nam = nullptr; // default: the Sim's own (with its cookie jar)
};

class Sim
{
public:
    explicit Sim(const QStringList &extraArgs = {});
    ~Sim();
    bool start(QString *error); // reads the startup lines
    void stop();                // terminates and waits

    QString baseUrl;        // https://127.0.0.1:PORT
    QByteArray fingerprint; // AA:BB:…
    QStringList startupLines;
    QList<QPair<QString, QString>> accounts; // login, password (in printed order)

    using Options = RequestOptions;
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const Options &options = {});
    Reply get(const QString &path, bool json = false)
    {
        return send("GET", path, {}, withJson(json));
    }
    static Options withJson(bool json)
    {
        Options o;
        o.json = json;
        return o;
    }
    // Starts a request and returns at once; `out` is filled when it finishes.
    void sendAsync(const QByteArray &method, const QString &path, const QByteArray &body,
                   const Options &options, Reply *out, int *pending);
    std::unique_ptr<QNetworkAccessManager> makeNam();
    qint64 processId() const { return m_process.processId(); }
    // `count` GETs of `path` at once, each on its own connection; returns when all finished.
    // warmUp: a first round opens the connections; *startedAtMs: when the measured round began.
    QList<Reply> concurrentGets(const QString &path, int count, bool warmUp,
                                qint64 *startedAtMs = nullptr);

private:
    QStringList m_args;
    QProcess m_process;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

} // namespace CupiSimTest
