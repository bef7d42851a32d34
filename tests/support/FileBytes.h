#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace eas::test {

// The whole file, or nothing when it cannot be read (a test then fails on what it expected).
inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace eas::test
