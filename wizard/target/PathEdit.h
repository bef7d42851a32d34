#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace eas::wizard {

// A path field with a Browse button: one file, one folder, or several files (joined by ';').
class PathEdit : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { File, Folder, Files };

    explicit PathEdit(Mode mode, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    QLineEdit *lineEdit() const { return m_edit; }
    void setDialogTitle(const QString &title);
    void setNameFilter(const QString &filter) { m_filter = filter; }
    // Where Browse starts while the field is empty.
    void setBrowseFolder(const QString &folder) { m_browseFolder = folder; }

Q_SIGNALS:
    void textChanged(const QString &text);
    // The user picked this path with Browse (the first one, for several files).
    void browsed(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse();
    void retranslateUi();

    Mode m_mode;
    QString m_filter;
    QString m_dialogTitle;
    QString m_browseFolder;
    QLineEdit *m_edit;
    QToolButton *m_button;
};

} // namespace eas::wizard
