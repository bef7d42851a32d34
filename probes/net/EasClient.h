#pragma once

#include "EasCall.h"

#include "core/DiagnosisTarget.h"

namespace eas::net {

// Makes the calls of one diagnosis with one fixed identity (DeviceId, DeviceType, User-Agent),
// the plain-text query form and the target's trust settings. Calls are children of `parent`
// given to each factory function; the caller connects to finished() and then start()s them.
class EasClient
{
public:
    EasClient(QNetworkAccessManager *nam,
              DiagnosisTarget target,
              Credentials credentials,
              TlsPolicy tls);

    // OPTIONS on the endpoint (anonymous with AuthMode::None).
    EasCall *options(const QUrl &endpoint, AuthMode auth, QObject *parent) const;
    // POST ?Cmd=<command>&User=&DeviceId=&DeviceType= with MS-ASProtocolVersion.
    EasCall *command(const QUrl &endpoint,
                     const QString &command,
                     const QString &version,
                     const QByteArray &body,
                     AuthMode auth,
                     QObject *parent,
                     std::optional<quint32> policyKey = std::nullopt) const;
    // A plain request (GET, anonymous POST, Autodiscover XML ...).
    EasCall *raw(CallSpec spec, QObject *parent) const;

    QUrl commandUrl(const QUrl &endpoint, const QString &command) const;
    const DiagnosisTarget &target() const { return m_target; }
    AuthMode defaultAuth() const;

    // Highest version both sides speak, of 2.5/12.0/12.1/14.0/14.1/16.0/16.1; empty if none.
    static QString chooseVersion(const QStringList &serverVersions);
    // TLS policy from the target: extra CA files (errors in *error), trust-any.
    static TlsPolicy tlsPolicyFor(const DiagnosisTarget &target, QString *error = nullptr);

private:
    QNetworkAccessManager *m_nam;
    DiagnosisTarget m_target;
    Credentials m_credentials;
    TlsPolicy m_tls;
};

} // namespace eas::net
