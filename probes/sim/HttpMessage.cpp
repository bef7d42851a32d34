#include "HttpMessage.h"

namespace eas::sim {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QByteArray HttpRequest::path() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

QUrlQuery HttpRequest::query() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? QUrlQuery() : QUrlQuery(QString::fromLatin1(target.mid(q + 1)));
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("Connection").toLower();
    if (version == "HTTP/1.0")
        return connection == "keep-alive";
    return connection != "close";
}

HttpRequestParser::State HttpRequestParser::feed(const QByteArray &data)
{
    m_buffer.append(data);
    if (!m_haveHead) {
        const State s = parseHead();
        if (s != State::Ready)
            return s;
    }
    return m_buffer.size() >= m_bodyLength ? State::Ready : State::NeedMore;
}

HttpRequestParser::State HttpRequestParser::parseHead()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > kMaxHeaderBytes) {
            m_error = "request head too large";
            return State::Error;
        }
        return State::NeedMore;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        m_error = "bad request line";
        return State::Error;
    }
    m_current = HttpRequest();
    m_current.method = requestLine.at(0);
    m_current.target = requestLine.at(1);
    m_current.version = requestLine.at(2);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            m_error = "bad header line";
            return State::Error;
        }
        m_current.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    bool ok = true;
    const QByteArray length = m_current.header("Content-Length");
    m_bodyLength = length.isEmpty() ? 0 : length.toLongLong(&ok);
    if (!ok || m_bodyLength < 0 || m_bodyLength > kMaxBodyBytes) {
        m_error = "bad Content-Length";
        return State::Error;
    }
    m_buffer.remove(0, end + 4);
    m_haveHead = true;
    return State::Ready;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest out = std::move(m_current);
    out.body = m_buffer.left(m_bodyLength);
    m_buffer.remove(0, m_bodyLength);
    m_haveHead = false;
    m_bodyLength = 0;
    m_current = HttpRequest();
    return out;
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QByteArray HttpResponse::reasonFor(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 449:
        return "Retry With";
    case 451:
        return "Redirect";
    case 456:
        return "Account Blocked";
    case 457:
        return "Password Expired";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    case 507:
        return "Insufficient Storage";
    default:
        return "Status";
    }
}

QByteArray HttpResponse::head(bool endless) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' '
                     + (reason.isEmpty() ? reasonFor(status) : reason) + "\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    if (!endless)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "\r\n";
    return out;
}

} // namespace eas::sim
