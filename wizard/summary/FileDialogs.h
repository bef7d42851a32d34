#pragma once

#include <QString>

class QWidget;

namespace eas::wizard::FileDialogs {

// QFileDialog::getSaveFileName / getOpenFileName, unless a test queued the answer with
// setNextFileName (the seam of KeePassXC's MessageBox::setNextAnswer): then no dialog shows and
// the queued path (empty = the user cancelled) is returned once.
QString saveFileName(QWidget *parent,
                     const QString &caption,
                     const QString &suggested,
                     const QString &filter);
QString openFileName(QWidget *parent,
                     const QString &caption,
                     const QString &filter,
                     const QString &folder = {});

void setNextFileName(const QString &path);

} // namespace eas::wizard::FileDialogs
