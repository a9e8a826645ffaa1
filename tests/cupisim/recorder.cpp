// SPDX-License-Identifier: GPL-3.0-or-later
#include "recorder.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace CupiSim {

void recordRequest(const QString &file, const QString &method, const QString &path, int status,
                   bool basic, const QByteArray &body)
{
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Append))
        return;
    const QJsonObject line{{u"method"_s, method},
                           {u"path"_s, path},
                           {u"status"_s, status},
                           {u"basic"_s, basic},
                           {u"body"_s, QString::fromUtf8(body)}};
    out.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
}

} // namespace CupiSim
