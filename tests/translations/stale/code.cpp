// The code a --stale check of check_translations.py reads in its test.
#include <QCoreApplication>

QString save()
{
    return QCoreApplication::translate("Fixture", "&Save");
}

QString attempts(int n)
{
    return QCoreApplication::translate("Fixture", " after %n attempts", nullptr, n);
}
