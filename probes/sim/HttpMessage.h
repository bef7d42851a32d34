#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrlQuery>

namespace eas::sim {

// One HTTP/1.1 request as the simulator received it.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QByteArray version;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive; first value
    QByteArray path() const;                         // target without the query
    QUrlQuery query() const;
    bool keepAlive() const;
};

// Incremental request parser: feed bytes as they arrive, take whole requests out.
class HttpRequestParser
{
public:
    enum class State { NeedMore, Ready, Error };

    // Appends data; returns Ready when a whole request is available (take it with takeRequest()).
    State feed(const QByteArray &data);
    HttpRequest takeRequest();
    QByteArray errorText() const { return m_error; }

    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 8 * 1024 * 1024;

private:
    State parseHead();

    QByteArray m_buffer;
    HttpRequest m_current;
    bool m_haveHead = false;
    qsizetype m_bodyLength = 0;
    QByteArray m_error;
};

// A response: status line, headers in order, body.
struct HttpResponse
{
    int status = 200;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
    // Status line and headers (with Content-Length unless `endless`), then the body.
    QByteArray head(bool endless = false) const;
    QByteArray serialize() const { return head() + body; }
    static QByteArray reasonFor(int status);
};

} // namespace eas::sim
