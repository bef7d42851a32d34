#include "FileBytes.h"

#include "settings/RecentTargets.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace eas;
using namespace eas::wizard;

namespace {

RecentTarget mailbox(const QString &email, const QString &url = {})
{
    RecentTarget t;
    t.email = email;
    t.url = QUrl(url);
    return t;
}

QStringList emailsOf(const QList<RecentTarget> &targets)
{
    QStringList out;
    for (const RecentTarget &t : targets)
        out.append(t.email);
    return out;
}

} // namespace

// The recent-targets store on a real .ini file: order, de-duplication, the limit, forgetting,
// and what the file holds.
class TestRecentTargets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings
            = std::make_unique<QSettings>(m_dir.filePath("eas-doctor.ini"), QSettings::IniFormat);
        m_settings->clear();
    }

    void cleanup() { m_settings.reset(); }

    void mostRecentFirstAndEveryFieldKept()
    {
        RecentTargets store(m_settings.get());
        RecentTarget full
            = mailbox("jdoe@contoso.com", "https://mail.contoso.com/Microsoft-Server-ActiveSync");
        full.user = "CONTOSO\\jdoe";
        full.internalUrl = QUrl("https://ex01.contoso.local/Microsoft-Server-ActiveSync");
        full.bundlePath = "/evidence/bundle, with comma.json";
        full.logPaths = {"/evidence/W3SVC1"};
        full.eventFiles = {"/evidence/a.evtx", "/evidence/b.evtx"};
        full.symptoms = {"one-user", "all-devices"};
        store.remember(full);
        store.remember(mailbox("asmith@contoso.com"));
        store.remember(mailbox("bking@fabrikam.com", "https://eas.fabrikam.com"));
        QCOMPARE(emailsOf(store.list()),
                 (QStringList{"bking@fabrikam.com", "asmith@contoso.com", "jdoe@contoso.com"}));

        // Read back through another QSettings on the same file, as the next start does.
        m_settings->sync();
        QSettings again(m_settings->fileName(), QSettings::IniFormat);
        const RecentTarget read = RecentTargets(&again).list().at(2);
        QCOMPARE(read.email, full.email);
        QCOMPARE(read.user, full.user);
        QCOMPARE(read.url, full.url);
        QCOMPARE(read.internalUrl, full.internalUrl);
        QCOMPARE(read.bundlePath, full.bundlePath);
        QCOMPARE(read.logPaths, full.logPaths);
        QCOMPARE(read.eventFiles, full.eventFiles);
        QCOMPARE(read.symptoms, full.symptoms);
        QVERIFY(RecentTargets(&again).list().at(1).url.isEmpty()); // Autodiscover
    }

    void usingATargetAgainMovesItUpInsteadOfAddingOne()
    {
        RecentTargets store(m_settings.get());
        store.remember(mailbox("jdoe@contoso.com", "https://mail.contoso.com"));
        store.remember(mailbox("asmith@contoso.com"));
        RecentTarget again = mailbox("JDoe@Contoso.com", "https://mail.contoso.com/");
        again.bundlePath = "/evidence/new.json";
        store.remember(again);
        const QList<RecentTarget> list = store.list();
        QCOMPARE(emailsOf(list), (QStringList{"JDoe@Contoso.com", "asmith@contoso.com"}));
        QCOMPARE(list.first().bundlePath, QStringLiteral("/evidence/new.json"));
        // Another server is another target.
        store.remember(mailbox("jdoe@contoso.com", "https://other.contoso.com"));
        QCOMPARE(store.list().size(), 3);
    }

    void keepsTheLastTen()
    {
        RecentTargets store(m_settings.get());
        for (int i = 0; i < 15; ++i)
            store.remember(mailbox(QStringLiteral("user%1@contoso.com").arg(i)));
        const QStringList emails = emailsOf(store.list());
        QCOMPARE(emails.size(), RecentTargets::kLimit);
        QCOMPARE(emails.first(), QStringLiteral("user14@contoso.com"));
        QCOMPARE(emails.last(), QStringLiteral("user5@contoso.com"));
        m_settings->sync();
        QCOMPARE(QSettings(m_settings->fileName(), QSettings::IniFormat)
                     .value("recentTargets/size")
                     .toInt(),
                 RecentTargets::kLimit);
    }

    void forgetOneAndClearAll()
    {
        RecentTargets store(m_settings.get());
        QSignalSpy changed(&store, &RecentTargets::changed);
        for (const char *email : {"a@contoso.com", "b@contoso.com", "c@contoso.com"})
            store.remember(mailbox(email));
        QCOMPARE(changed.count(), 3);
        store.forget(1);
        QCOMPARE(emailsOf(store.list()), (QStringList{"c@contoso.com", "a@contoso.com"}));
        store.forget(5);
        store.forget(-1);
        QCOMPARE(changed.count(), 4);
        QCOMPARE(store.list().size(), 2);
        store.clear();
        QVERIFY(store.list().isEmpty());
        QCOMPARE(changed.count(), 5);
        m_settings->sync();
        QVERIFY(!readFile().contains("contoso.com"));
    }

    void anEmptyTargetIsNotKept()
    {
        RecentTargets store(m_settings.get());
        RecentTarget nobody;
        nobody.url = QUrl("https://mail.contoso.com");
        store.remember(nobody);
        QVERIFY(store.list().isEmpty());
    }

    void withoutSettingsNothingIsKept()
    {
        RecentTargets store(nullptr);
        QSignalSpy changed(&store, &RecentTargets::changed);
        store.remember(mailbox("jdoe@contoso.com"));
        store.forget(0);
        store.clear();
        QVERIFY(store.list().isEmpty());
        QCOMPARE(changed.count(), 0);
    }

    void theFileHoldsNoPasswordKey()
    {
        RecentTargets store(m_settings.get());
        RecentTarget t = mailbox("jdoe@contoso.com", "https://mail.contoso.com");
        t.user = "jdoe";
        t.bundlePath = "/evidence/bundle.json";
        store.remember(t);
        m_settings->sync();
        const QByteArray raw = readFile();
        QVERIFY2(raw.contains("jdoe@contoso.com"), raw.constData());
        QVERIFY2(!raw.toLower().contains("password"), raw.constData());
        QVERIFY2(!raw.toLower().contains("secret"), raw.constData());
        for (const QString &key : m_settings->allKeys())
            QVERIFY2(!key.contains("pass", Qt::CaseInsensitive), qPrintable(key));
    }

private:
    QByteArray readFile() const { return eas::test::fileBytes(m_settings->fileName()); }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

QTEST_GUILESS_MAIN(TestRecentTargets)
#include "TestRecentTargets.moc"
