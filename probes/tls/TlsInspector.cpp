#include "TlsInspector.h"

#include "TlsHandshake.h"
#include "TlsLog.h"
#include "WireHandshake.h"

#include <QFile>
#include <QHostInfo>

namespace eas::tls {

TlsInspector::TlsInspector(TlsInspectionRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{
    if (m_request.peerName.isEmpty())
        m_request.peerName = m_request.host;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { finish(TlsInspection::Outcome::TimedOut); });
}

TlsInspector::~TlsInspector()
{
    abortAll();
}

void TlsInspector::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

QList<QSslCertificate> TlsInspector::loadCaFiles(const QStringList &paths, QStringList *unreadable)
{
    QList<QSslCertificate> certificates;
    for (const QString &path : paths) {
        QFile file(path);
        const QList<QSslCertificate> inFile = file.open(QIODevice::ReadOnly)
                                                  ? QSslCertificate::fromDevice(&file, QSsl::Pem)
                                                  : QList<QSslCertificate>();
        if (inFile.isEmpty() && unreadable)
            unreadable->append(path);
        certificates += inFile;
    }
    return certificates;
}

void TlsInspector::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    m_clock.start();
    m_timer.start(m_timeout);
    m_result.host = m_request.host;
    m_result.port = m_request.port;
    m_result.peerName = m_request.peerName;
    m_result.trustAnyCertificate = m_request.trustAnyCertificate;
    QTimer::singleShot(0, this, [this] {
        if (m_state == State::Running)
            resolve();
    });
}

void TlsInspector::cancel()
{
    if (m_state != State::Finished)
        finish(TlsInspection::Outcome::Cancelled);
}

void TlsInspector::resolve()
{
    QHostAddress literal;
    if (literal.setAddress(m_request.host)) {
        m_result.dnsMs = 0;
        m_result.address = literal;
        startMainHandshake();
        return;
    }
    m_lookupId = QHostInfo::lookupHost(m_request.host, this, &TlsInspector::handleLookup);
}

void TlsInspector::handleLookup(const QHostInfo &info)
{
    m_lookupId = -1;
    m_result.dnsMs = m_clock.elapsed();
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        m_result.handshake.socketError = QAbstractSocket::HostNotFoundError;
        m_result.handshake.errorString = info.errorString();
        finish(TlsInspection::Outcome::HostNotFound);
        return;
    }
    // Prefer IPv4, as most Exchange front ends are published on it.
    const QList<QHostAddress> addresses = info.addresses();
    const auto ipv4 = std::find_if(addresses.cbegin(), addresses.cend(), [](const QHostAddress &a) {
        return a.protocol() == QAbstractSocket::IPv4Protocol;
    });
    m_result.address = ipv4 != addresses.cend() ? *ipv4 : addresses.constFirst();
    startMainHandshake();
}

TlsHandshake *TlsInspector::addHandshake(std::optional<TlsVersion> onlyVersion, bool ignoreErrors)
{
    TlsHandshake::Settings settings;
    settings.address = m_result.address;
    settings.port = m_request.port;
    settings.peerName = m_request.peerName;
    settings.caCertificates = m_request.caCertificates;
    settings.ignoreCertificateErrors = ignoreErrors;
    settings.onlyVersion = onlyVersion;
    m_handshakes.push_back(std::make_unique<TlsHandshake>(std::move(settings)));
    return m_handshakes.back().get();
}

void TlsInspector::startMainHandshake()
{
    TlsHandshake *main = addHandshake(std::nullopt, m_request.trustAnyCertificate);
    connect(main, &TlsHandshake::done, this, &TlsInspector::handleMainDone);
    main->start();
}

void TlsInspector::handleMainDone()
{
    const HandshakeRecord &main = m_handshakes.front()->record();
    if (!main.tcpConnected) {
        finish(TlsInspection::Outcome::ConnectionFailed);
        return;
    }
    startFollowUps();
}

void TlsInspector::startFollowUps()
{
    if (m_request.inspectWire) {
        m_wire
            = std::make_unique<WireHandshake>(m_result.address, m_request.port, m_request.peerName);
        connect(m_wire.get(), &WireHandshake::done, this, &TlsInspector::handleFollowUpDone);
        ++m_pending;
    }
    // A scan connection only asks "does the server speak this version": it sends no data, so
    // going on after certificate errors (recorded all the same) is safe there.
    const QList<TlsVersion> versions
        = m_request.scanVersions ? allTlsVersions() : QList<TlsVersion>();
    for (TlsVersion version : versions) {
        TlsHandshake *scan = addHandshake(version, true);
        connect(scan, &TlsHandshake::done, this, &TlsInspector::handleFollowUpDone);
        ++m_pending;
    }
    if (m_pending == 0) {
        finish(TlsInspection::Outcome::Completed);
        return;
    }
    if (m_wire)
        m_wire->start();
    for (auto it = m_handshakes.begin() + 1; it != m_handshakes.end(); ++it)
        (*it)->start();
}

void TlsInspector::handleFollowUpDone()
{
    if (--m_pending == 0)
        finish(TlsInspection::Outcome::Completed);
}

void TlsInspector::abortAll()
{
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_wire)
        m_wire->abort();
    for (const auto &handshake : m_handshakes)
        handshake->abort();
}

void TlsInspector::finish(TlsInspection::Outcome outcome)
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_timer.stop();
    abortAll();
    for (const auto &handshake : m_handshakes) {
        const auto &version = handshake->settings().onlyVersion;
        if (!version)
            m_result.handshake = handshake->record();
        else if (handshake->isDone())
            m_result.scan.insert(*version, handshake->record());
    }
    if (m_wire)
        m_result.wire = m_wire->record();
    m_result.outcome = outcome;
    m_result.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    qCDebug(lcTls) << "inspected" << m_result.host << m_result.port << "outcome" << outcome
                   << m_result.durationMs << "ms";
    Q_EMIT finished(m_result);
}

} // namespace eas::tls
