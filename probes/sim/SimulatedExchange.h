#pragma once

#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <memory>

namespace eas::sim {

// The built-in simulated Exchange 2016/2019 behind IIS: an HTTPS server on 127.0.0.1 that
// answers ActiveSync and Autodiscover like the real thing, per scenario (ScenarioCatalog).
// Used by `simulate`, `--demo` (in-process) and the tests. Its certificates are made in memory
// at start-up by tls::CertificateAuthority.
class SimulatedExchange : public QObject
{
    Q_OBJECT
public:
    explicit SimulatedExchange(QObject *parent = nullptr);
    ~SimulatedExchange() override;

    // Listens on 127.0.0.1:port (0 = any free port). Returns false with *error set on failure
    // (unknown scenario, port in use).
    bool start(const QString &scenario, quint16 port = 0, QString *error = nullptr);
    void stop();
    // Switches scenario without restarting (the wizard's Re-test, tests).
    bool setScenario(const QString &scenario);
    QString scenario() const;

    quint16 port() const;
    // https://127.0.0.1:PORT
    QUrl baseUrl() const;
    // https://127.0.0.1:PORT/Microsoft-Server-ActiveSync
    QUrl activeSyncUrl() const;
    // https://127.0.0.1:PORT/autodiscover/autodiscover.xml
    QUrl autodiscoverUrl() const;
    // The root CA a client must trust (never the intermediate).
    QSslCertificate rootCertificate() const;

    QString user() const;     // default user@contoso.test
    QString password() const; // default Passw0rd!
    void setAccount(const QString &user, const QString &password);

Q_SIGNALS:
    // One line per request: method, path and query (no headers, no credentials), status.
    void requestServed(const QString &summary);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace eas::sim
