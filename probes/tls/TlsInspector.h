#pragma once

#include "TlsInspection.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

class QHostInfo;

namespace eas::tls {

class TlsHandshake;
class WireHandshake;

struct TlsInspectionRequest
{
    QString host; // name or address literal
    quint16 port = 443;
    QString peerName;                      // SNI and certificate name; empty = host
    QList<QSslCertificate> caCertificates; // trusted in addition to the system store
    // The user's --trust-any-certificate: the main connection goes on after certificate errors
    // (which are still recorded), so the session and its protocol are known.
    bool trustAnyCertificate = false;
    // Also try TLS 1.0, 1.1, 1.2 and 1.3 each alone (four more connections, made at once
    // after the main one, with the wire handshake).
    bool scanVersions = true;
    // Also read the wire with a raw OpenSSL handshake (TlsInspection::wire: the chain as sent,
    // a client certificate request). The certificate step needs it; the connectivity path not.
    bool inspectWire = true;
};

// Inspects the TLS of one host:port the way a phone meets it: resolve, connect and handshake
// with QSslSocket, the system store plus the extra CAs, TLS 1.2 or later (timings, protocol,
// cipher, every QSslError); once TCP answers, at the same time: a raw OpenSSL handshake that
// reads the certificates exactly as sent and a client certificate request (WireHandshake), and
// the version scan. Never blocks and never sends application data.
//
// Same one-ending contract as Probe: start() queues the work and runs once; finished() fires
// exactly once, on completion, on the hard timeout (Outcome::TimedOut, with what was recorded
// so far) or synchronously from cancel() (Outcome::Cancelled). Destroying a running inspector
// aborts its connections without a signal.
class TlsInspector : public QObject
{
    Q_OBJECT
public:
    explicit TlsInspector(TlsInspectionRequest request, QObject *parent = nullptr);
    ~TlsInspector() override;

    // Hard cap for the whole inspection (default 15 s).
    void setTimeout(std::chrono::milliseconds timeout);
    bool isRunning() const { return m_state == State::Running; }
    bool isFinished() const { return m_state == State::Finished; }
    // Valid once finished() has fired.
    const TlsInspection &result() const { return m_result; }

    // PEM files (each may hold several certificates). Paths that give no certificate are
    // appended to *unreadable.
    static QList<QSslCertificate> loadCaFiles(const QStringList &paths,
                                              QStringList *unreadable = nullptr);

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    void finished(const eas::tls::TlsInspection &inspection);

private:
    void resolve();
    void handleLookup(const QHostInfo &info);
    void startMainHandshake();
    void handleMainDone();
    void startFollowUps();
    void handleFollowUpDone();
    TlsHandshake *addHandshake(std::optional<TlsVersion> onlyVersion, bool ignoreErrors);
    void abortAll();
    void finish(TlsInspection::Outcome outcome);

    enum class State { Idle, Running, Finished };
    State m_state = State::Idle;
    TlsInspectionRequest m_request;
    std::chrono::milliseconds m_timeout{15000};
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_lookupId = -1;
    std::vector<std::unique_ptr<TlsHandshake>> m_handshakes; // the main one first
    std::unique_ptr<WireHandshake> m_wire;
    int m_pending = 0;
    TlsInspection m_result;
};

} // namespace eas::tls
