#pragma once

#include <QString>
#include <QStringList>

namespace eas::steps {

// Step ids of spec/cli.md, in wizard order.
inline const QString UserStatus = QStringLiteral("user-status");
inline const QString VirtualDirectory = QStringLiteral("virtual-directory");
inline const QString Connectivity = QStringLiteral("connectivity");
inline const QString Certificate = QStringLiteral("certificate");
inline const QString Throttling = QStringLiteral("throttling");
inline const QString Logs = QStringLiteral("logs");

QStringList all();
bool isKnown(const QString &id);
QString title(const QString &id);
// What the step checks and why it matters, in two plain sentences (wizard pages, report).
QString description(const QString &id);

} // namespace eas::steps
