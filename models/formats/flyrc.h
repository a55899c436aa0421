#pragma once

#include "models/domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace ReleaseDesk {

// One target of fly's ~/.flyrc: where `fly -t <name>` points, and the token
// `fly login` saved there (fly's rc.TargetProps).
struct FlyTarget
{
    QString api;       // https://ci.example.com
    QString team;      // "main" when the file names none, as fly reads it
    QString tokenType; // "bearer"; empty when fly never signed in or signed out
    QString tokenValue;
    bool insecure = false; // fly's -k: the server's certificate is not checked
    QString caCert;        // a PEM fly trusts for this target; empty: none
};

// The targets of a ~/.flyrc, read strictly: the YAML that fly writes (block
// mappings, plain, single- and double-quoted scalars, literal blocks for the
// certificate, comments). Anything else (flow collections, lists, anchors,
// tags, tabs, duplicate keys) is refused with the line it is on, never
// guessed at. A message never repeats a value, which may be a token.
class Flyrc
{
    Q_DECLARE_TR_FUNCTIONS(Flyrc)

public:
    static Result<QMap<QString, FlyTarget>> parse(const QByteArray &text);
};

} // namespace ReleaseDesk
