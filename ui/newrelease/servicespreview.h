#pragma once

#include "models/usecases/releasecandidates.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace ReleaseDesk {

// What the release will ship, as the chosen tasks decide it: each service
// once with its version and deployment type, and beneath, what could not be
// told (a service without a version, a task that names no service).
class ServicesPreview : public QWidget
{
    Q_OBJECT

public:
    explicit ServicesPreview(QWidget *parent = nullptr);

    void showPlan(const ReleasePlan &plan);

private:
    QTableWidget *m_table = nullptr;
    QLabel *m_problemLabel = nullptr;
};

} // namespace ReleaseDesk
