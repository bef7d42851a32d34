#include "KeychainPasswordStore.h"

#include <qt6keychain/keychain.h>

#include <QSettings>

namespace eas::wizard {

namespace {

const QString kService = QStringLiteral("eas-doctor");
const QString kAccountsKey = QStringLiteral("keychain/accounts");

template<typename Job> Job *makeJob(const QString &account, QObject *parent)
{
    auto *job = new Job(kService, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account.toLower());
    return job;
}

} // namespace

KeychainPasswordStore::KeychainPasswordStore(std::unique_ptr<QSettings> settings, QObject *parent)
    : PasswordStore(parent)
    , m_settings(std::move(settings))
{
}

KeychainPasswordStore::~KeychainPasswordStore() = default;

bool KeychainPasswordStore::isRemembered(const QString &account) const
{
    return m_settings->value(kAccountsKey).toStringList().contains(account.toLower());
}

void KeychainPasswordStore::setRemembered(const QString &account, bool remembered)
{
    QStringList accounts = m_settings->value(kAccountsKey).toStringList();
    accounts.removeAll(account.toLower());
    if (remembered)
        accounts.append(account.toLower());
    m_settings->setValue(kAccountsKey, accounts);
}

void KeychainPasswordStore::read(const QString &account)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(account, this);
    connect(job, &QKeychain::Job::finished, this, [this, job, account] {
        if (job->error() == QKeychain::NoError)
            Q_EMIT passwordRead(account, job->textData());
        else if (job->error() != QKeychain::EntryNotFound)
            Q_EMIT failed(job->errorString());
    });
    job->start();
}

void KeychainPasswordStore::write(const QString &account, const QString &password)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(account, this);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job, account] {
        if (job->error() == QKeychain::NoError)
            setRemembered(account, true);
        else
            Q_EMIT failed(job->errorString());
    });
    job->start();
}

void KeychainPasswordStore::remove(const QString &account)
{
    setRemembered(account, false);
    auto *job = makeJob<QKeychain::DeletePasswordJob>(account, this);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            Q_EMIT failed(job->errorString());
    });
    job->start();
}

} // namespace eas::wizard
