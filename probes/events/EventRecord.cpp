#include "EventRecord.h"

#include <QRegularExpression>

namespace eas::events {

quint8 levelFromName(const QString &name)
{
    static const char *const names[] = {"critical", "error", "warning", "information", "verbose"};
    for (int i = 0; i < 5; ++i) {
        if (name.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
            return quint8(i + 1);
    }
    return 0;
}

QDateTime parseEventTime(const QString &text)
{
    static const QRegularExpression msDate(
        QStringLiteral(R"(^/Date\((-?\d{1,15})([+-]\d{4})?\)/$)"));
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("/Date("))) {
        const QRegularExpressionMatch m = msDate.match(trimmed);
        return m.hasMatch() ? QDateTime::fromMSecsSinceEpoch(m.captured(1).toLongLong(), Qt::UTC)
                            : QDateTime();
    }
    const QDateTime iso = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    return iso.isValid() ? iso.toUTC() : QDateTime();
}

} // namespace eas::events
