#pragma once

#include "HttpMessage.h"

#include <QHash>
#include <QString>

namespace eas::sim {

// How the simulated Exchange answers one request, per scenario. Pure decision logic (no
// sockets): the connection layer applies the `fault` (hang, reset, drip, endless body).
class ExchangeBehaviour
{
public:
    enum class Fault { None, Hang, ResetMidResponse, Drip, EndlessBody };

    struct Reply
    {
        HttpResponse response;
        Fault fault = Fault::None;
    };

    ExchangeBehaviour();

    void setScenario(const QString &scenario) { m_scenario = scenario; }
    QString scenario() const { return m_scenario; }
    void setAccount(const QString &user, const QString &password);
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    // host:port the server is reached at, for URLs it hands out.
    void setAuthority(const QString &authority) { m_authority = authority; }

    Reply handle(const HttpRequest &request);

    static constexpr const char *kRedirectTarget
        = "https://mail2.contoso.test/Microsoft-Server-ActiveSync";
    static constexpr const char *kUnsafeAutodiscoverTarget
        = "http://autodiscover.contoso-evil.test/autodiscover/autodiscover.xml";

private:
    Reply handleActiveSync(const HttpRequest &request);
    Reply handleCommand(const HttpRequest &request, const QString &command, double version);
    Reply handleProvision(const HttpRequest &request, double version);
    Reply handleFolderSync(const HttpRequest &request, double version);
    Reply mailboxRefusal(const QString &command, double version) const;
    Reply handleAutodiscover(const HttpRequest &request);
    bool authenticated(const HttpRequest &request) const;
    HttpResponse base(int status) const;
    HttpResponse challenge() const;
    HttpResponse wbxml(const QByteArray &body) const;
    HttpResponse iisError(int status) const;

    QString m_scenario = QStringLiteral("healthy");
    QString m_user = QStringLiteral("user@contoso.test");
    QString m_password = QStringLiteral("Passw0rd!");
    QString m_authority = QStringLiteral("127.0.0.1");
    QHash<QString, bool> m_provisioned; // DeviceId -> acknowledged the policy
};

} // namespace eas::sim
