#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace eas::wizard {

// The verdict on one input field: fine, fine with a note for the user, or an error that keeps
// the page from going on. The message says what is wrong and what to type instead.
struct FieldCheck
{
    enum class Level { Ok, Note, Error };
    Level level = Level::Ok;
    QString message;

    bool isAcceptable() const { return level != Level::Error; }
    static FieldCheck ok() { return {}; }
    static FieldCheck note(const QString &text) { return {Level::Note, text}; }
    static FieldCheck error(const QString &text) { return {Level::Error, text}; }
};

// Checks for the target page's fields. Only the shape is judged here; whether the server
// answers is what the steps find out.
class TargetValidation
{
    Q_DECLARE_TR_FUNCTIONS(eas::wizard::TargetValidation)
public:
    static FieldCheck email(const QString &text, bool required);
    static FieldCheck logonName(const QString &text);
    static FieldCheck password(const QString &text);
    static FieldCheck activeSyncUrl(const QString &text, bool required);
    static FieldCheck internalUrl(const QString &text);
    static FieldCheck bundleFile(const QString &path);
    static FieldCheck logFolder(const QString &path);
    static FieldCheck eventFiles(const QString &text);

    // What the user typed as a URL: "mail.contoso.com" means https://mail.contoso.com.
    static QUrl parseUrl(const QString &text);
    // Event log files are typed or chosen as one list separated by ';'.
    static QStringList splitPaths(const QString &text);
};

} // namespace eas::wizard
