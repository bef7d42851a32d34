#include "FileDialogs.h"

#include <QFileDialog>

#include <optional>

namespace eas::wizard::FileDialogs {

namespace {

std::optional<QString> &nextAnswer()
{
    static std::optional<QString> s_next;
    return s_next;
}

std::optional<QString> takeNextAnswer()
{
    std::optional<QString> answer;
    nextAnswer().swap(answer);
    return answer;
}

} // namespace

QString saveFileName(QWidget *parent,
                     const QString &caption,
                     const QString &suggested,
                     const QString &filter)
{
    if (const std::optional<QString> answer = takeNextAnswer())
        return *answer;
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString
openFileName(QWidget *parent, const QString &caption, const QString &filter, const QString &folder)
{
    if (const std::optional<QString> answer = takeNextAnswer())
        return *answer;
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

void setNextFileName(const QString &path)
{
    nextAnswer() = path;
}

} // namespace eas::wizard::FileDialogs
