#include "models/domain/error.h"

namespace ReleaseDesk {

Error Error::withMessage(QString message) const
{
    Error error = *this;
    error.message = std::move(message);
    return error;
}

} // namespace ReleaseDesk
