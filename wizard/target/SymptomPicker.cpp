#include "SymptomPicker.h"

#include "SymptomCatalog.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace eas::wizard {

namespace {
constexpr int kIdRole = Qt::UserRole;
}

SymptomPicker::SymptomPicker(QWidget *parent)
    : QGroupBox(parent)
    , m_intro(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("symptomGroupBox"));
    m_list->setObjectName(QStringLiteral("symptomListWidget"));
    m_intro->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    populate();
    retranslateUi();
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        Q_EMIT selectionChanged(selectedIds());
    });
    // Space ticks the current item; a click anywhere on the row does too.
    connect(m_list, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
}

QStringList SymptomPicker::selectedIds() const
{
    QStringList out;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() == Qt::Checked)
            out.append(item->data(kIdRole).toString());
    }
    return out;
}

void SymptomPicker::setSelectedIds(const QStringList &symptomIds)
{
    if (symptomIds == selectedIds())
        return;
    {
        const QSignalBlocker blocker(m_list);
        for (int row = 0; row < m_list->count(); ++row) {
            QListWidgetItem *item = m_list->item(row);
            if (item->flags() & Qt::ItemIsUserCheckable)
                item->setCheckState(symptomIds.contains(item->data(kIdRole).toString())
                                        ? Qt::Checked
                                        : Qt::Unchecked);
        }
    }
    Q_EMIT selectionChanged(selectedIds());
}

void SymptomPicker::populate()
{
    const QStringList checked = selectedIds();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QFont headerFont = font();
    headerFont.setBold(true);
    bool lastServerSide = true;
    for (const Symptom &symptom : SymptomCatalog::all()) {
        if (symptom.serverSide != lastServerSide) {
            auto *header = new QListWidgetItem(
                symptom.serverSide ? tr("On the server") : tr("On the user's devices"), m_list);
            header->setFlags(Qt::ItemIsEnabled);
            header->setFont(headerFont);
            lastServerSide = symptom.serverSide;
        }
        auto *item = new QListWidgetItem(symptom.text, m_list);
        item->setData(kIdRole, symptom.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(symptom.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void SymptomPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        populate();
        retranslateUi();
    }
    QGroupBox::changeEvent(event);
}

void SymptomPicker::retranslateUi()
{
    setTitle(tr("&What do you see? (optional)"));
    m_intro->setText(tr("Tick what the user or the server shows; the steps that explain it move "
                        "to the front."));
    m_list->setAccessibleName(tr("Symptoms"));
    m_list->setAccessibleDescription(m_intro->text());
}

} // namespace eas::wizard
