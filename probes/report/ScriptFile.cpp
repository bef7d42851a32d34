#include "ScriptFile.h"

#include "core/Tr.h"

#include <QRegularExpression>
#include <QSaveFile>

namespace eas::report::ScriptFile {

QByteArray encode(const QString &script)
{
    static const QRegularExpression lineEnd(QStringLiteral("\\r\\n|\\r|\\n"));
    QString text = script;
    text.replace(lineEnd, QStringLiteral("\r\n"));
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

bool writeScript(const QString &path, const QString &script, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = encode(script);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace eas::report::ScriptFile
