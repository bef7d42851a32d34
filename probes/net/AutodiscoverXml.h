#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// The mobilesync Autodiscover schemas ([MS-ASCMD] 2.2.2.1 / [MS-OXDSCLI]): the request we send
// and a tolerant, bounded parser for the answer. Pure functions, fuzzed.
namespace eas::net::AutodiscoverXml {

inline constexpr const char *kRequestSchema
    = "http://schemas.microsoft.com/exchange/autodiscover/mobilesync/requestschema/2006";
inline constexpr const char *kResponseSchema
    = "http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006";

QByteArray request(const QString &email);

struct Answer
{
    enum class Kind {
        Settings, // Action/Settings/Server Type=MobileSync with a Url
        Redirect, // Action/Redirect: a new SMTP address
        Error,    // Response/Error (600, 601, ...) or Action/Error
        Invalid,  // not an Autodiscover document, or no usable content
    };
    Kind kind = Kind::Invalid;
    QUrl mobileSyncUrl;
    QString serverName;
    QString redirectAddress;
    QString displayName;
    QString errorCode; // "600", "601", or Action/Error/Status
    QString message;
    qint64 errorOffset = -1; // where XML parsing failed, for malformed answers
};

// Never crashes or loops; documents over 1 MiB or nested deeper than 32 are Invalid.
Answer parse(const QByteArray &xml);

} // namespace eas::net::AutodiscoverXml
