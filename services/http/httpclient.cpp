#include "httpclient.h"

#include "attemptoutcome.h"
#include "retrytiming.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>

#include <optional>

namespace ReleaseDesk {

struct HttpClient::Dependencies
{
    QNetworkAccessManager &network;
    const Clock &clock;
    Jitter jitter;
    Timer timer;
    // Shared with the requests in flight, so that a listener set later is heard.
    std::shared_ptr<Listener> listener = std::make_shared<Listener>();
    // Shared with the network manager's proxy factory.
    std::shared_ptr<NetworkRoutes> routes = std::make_shared<NetworkRoutes>();
};

namespace {

// One request from send() to its callback, across its attempts. It deletes
// itself when done or when the asker's context goes away; a pending retry
// timer and the reply in flight go with it.
class HttpExchange final : public QObject
{
public:
    HttpExchange(std::shared_ptr<const HttpClient::Dependencies> dependencies, HttpRequest request,
                 QObject *context, HttpClient::Done done)
        : m_dependencies(std::move(dependencies)), m_request(std::move(request)),
          m_context(context), m_done(std::move(done))
    {
        connect(context, &QObject::destroyed, this, [this] { abandon(); });
    }

    ~HttpExchange() override { dropReply(); }

    void start()
    {
        std::optional<Error> refusal = checkUrlIsSafe(m_request);
        // A CA bundle that cannot be used is named before the request goes
        // out trusting less than the person asked.
        if (const auto *way = m_dependencies->routes->find(m_request.url); !refusal && way)
            refusal = way->problem;
        if (refusal) {
            HttpResponse response;
            response.error = std::move(*refusal);
            // Queued, so that the callback never runs inside send().
            QMetaObject::invokeMethod(
                this, [this, response] { finish(response); }, Qt::QueuedConnection);
            return;
        }
        // Queued for the same reason; the first attempt costs no wait.
        QMetaObject::invokeMethod(
            this, [this] { attempt(); }, Qt::QueuedConnection);
    }

private:
    void attempt()
    {
        ++m_attempts;
        m_body.clear();
        m_tooLarge = false;
        m_untrustedIssuer.clear();
        QNetworkRequest request(m_request.url);
        if (const auto *way = m_dependencies->routes->find(m_request.url);
            way && !way->certificates.isEmpty()) {
            // Added to the system's CA list, never instead of it or of verification.
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.addCaCertificates(way->certificates);
            request.setSslConfiguration(tls);
        }
        request.setTransferTimeout(int(m_request.timeout.count()));
        bool hasAccept = false;
        for (const auto &[name, value] : m_request.headers) {
            request.setRawHeader(name, value);
            hasAccept = hasAccept || name.compare("Accept", Qt::CaseInsensitive) == 0;
        }
        if (m_request.expectJson && !hasAccept)
            request.setRawHeader("Accept", "application/json");
        // Each hop is let through by followRedirect(), or the attempt stops.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::UserVerifiedRedirectPolicy);
        m_reply =
            m_dependencies->network.sendCustomRequest(request, m_request.method, m_request.body);
        connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] { checkDeclaredSize(); });
        connect(m_reply, &QNetworkReply::redirected, this,
                [this](const QUrl &target) { followRedirect(target); });
        connect(m_reply, &QNetworkReply::readyRead, this, [this] { readSome(); });
        connect(m_reply, &QNetworkReply::sslErrors, this,
                [this](const QList<QSslError> &errors) { noteUntrusted(errors); });
        connect(m_reply, &QNetworkReply::finished, this, [this] { attemptFinished(); });
    }

    // A server that announces a body over the limit is stopped before it sends it.
    void checkDeclaredSize()
    {
        bool ok = false;
        const qint64 declared = m_reply->rawHeader("Content-Length").trimmed().toLongLong(&ok);
        if (ok && declared > m_request.maxBodyBytes)
            stopTooLarge();
    }

    // A redirect keeps the request's headers, and a 307 or 308 its method and
    // body, so it is followed only within the origin the request was sent to.
    void followRedirect(const QUrl &target)
    {
        m_refusedRedirect = checkRedirect(m_request, target);
        if (m_refusedRedirect) {
            // abort() finishes the reply at once, so attemptFinished() runs inside it.
            m_reply->abort();
            return;
        }
        emit m_reply->redirectAllowed();
    }

    // The issuer of a certificate that no trusted CA vouches for, for the
    // message; the handshake fails on its own, as nothing ignores the errors.
    void noteUntrusted(const QList<QSslError> &errors)
    {
        for (const QSslError &error : errors) {
            switch (error.error()) {
            case QSslError::UnableToGetLocalIssuerCertificate:
            case QSslError::UnableToGetIssuerCertificate:
            case QSslError::UnableToVerifyFirstCertificate:
            case QSslError::SelfSignedCertificate:
            case QSslError::SelfSignedCertificateInChain:
            case QSslError::CertificateUntrusted: {
                const QSslCertificate &certificate = error.certificate();
                const QStringList names = certificate.issuerInfo(QSslCertificate::CommonName);
                m_untrustedIssuer =
                    names.isEmpty() ? certificate.issuerDisplayName() : names.constFirst();
                return;
            }
            default:
                break;
            }
        }
    }

    void readSome()
    {
        m_body += m_reply->readAll();
        if (m_body.size() > m_request.maxBodyBytes)
            stopTooLarge();
    }

    void stopTooLarge()
    {
        m_tooLarge = true;
        m_body.clear();
        // abort() finishes the reply at once, so attemptFinished() runs inside it.
        m_reply->abort();
    }

    void attemptFinished()
    {
        QNetworkReply *reply = m_reply;
        AttemptFacts facts;
        facts.networkError = reply->error();
        facts.networkErrorText = reply->errorString();
        facts.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        facts.reasonPhrase =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        facts.headers = reply->rawHeaderPairs();
        facts.tooLarge = m_tooLarge;
        facts.refusedRedirect = std::exchange(m_refusedRedirect, std::nullopt);
        describeRoute(facts);
        // A reply that timed out is closed; reading it would only warn.
        if (!m_tooLarge && reply->isOpen())
            m_body += reply->readAll();
        facts.body = m_body;
        // The transfer timeout cancels the reply as abort() would; this class
        // aborts only for size or a redirect, and not at all once it is being destroyed.
        facts.timedOut = !m_tooLarge && !facts.refusedRedirect &&
                         facts.networkError == QNetworkReply::OperationCanceledError;
        dropReply();

        const auto &dependencies = *m_dependencies;
        AttemptOutcome outcome =
            judgeAttempt(m_request, facts, m_attempts, dependencies.clock.now());
        if (outcome.error.kind != ErrorKind::None && m_attempts < m_request.maxAttempts &&
            outcome.mayRetry(m_request.retry)) {
            const auto delay = outcome.retryAfter
                                   ? *outcome.retryAfter
                                   : RetryTiming::backoff(m_attempts, dependencies.jitter());
            dependencies.timer(delay, this, [this] { attempt(); });
            return;
        }
        HttpResponse response;
        response.status = facts.status;
        response.headers = std::move(facts.headers);
        response.body = std::move(facts.body);
        response.json = std::move(outcome.json);
        response.error = std::move(outcome.error);
        finish(response);
    }

    // Which proxy and CA bundle the attempt went by, for a message that
    // blames the right one.
    void describeRoute(AttemptFacts &facts) const
    {
        const NetworkRoutes &routes = *m_dependencies->routes;
        QNetworkProxy proxy = routes.proxyFor(m_request.url);
        if (proxy.type() == QNetworkProxy::DefaultProxy)
            proxy = QNetworkProxy::applicationProxy();
        if (proxy.type() != QNetworkProxy::NoProxy && !proxy.hostName().isEmpty())
            facts.proxy = proxy.hostName() + u':' + QString::number(proxy.port());
        if (const auto *way = routes.find(m_request.url))
            facts.caBundle = way->target.route.caBundle.trimmed();
        facts.untrustedIssuer = m_untrustedIssuer;
    }

    void finish(const HttpResponse &result)
    {
        HttpResponse response = result;
        response.attempts = m_attempts;
        if (!response.ok()) {
            response.error.system = m_request.system;
            response.error.endpoint = m_request.endpoint;
            // As long as the server asked, not capped as the waits between
            // attempts are: the outbox waits between its own attempts.
            response.error.retryAfter = RetryTiming::serverWait(response.header("Retry-After"),
                                                                m_dependencies->clock.now());
        }
        if (m_context && m_done) {
            if (const HttpClient::Listener &listener = *m_dependencies->listener)
                listener(m_request, response);
            // Once only, even if the callback re-enters the event loop.
            auto done = std::exchange(m_done, {});
            done(response);
        }
        deleteLater();
    }

    void abandon()
    {
        m_done = {};
        dropReply();
        deleteLater();
    }

    void dropReply()
    {
        if (!m_reply)
            return;
        QNetworkReply *reply = std::exchange(m_reply, nullptr);
        disconnect(reply, nullptr, this, nullptr);
        if (!reply->isFinished())
            reply->abort();
        reply->deleteLater();
    }

    std::shared_ptr<const HttpClient::Dependencies> m_dependencies;
    HttpRequest m_request;
    QPointer<QObject> m_context;
    HttpClient::Done m_done;
    QNetworkReply *m_reply = nullptr;
    QByteArray m_body;
    bool m_tooLarge = false;
    std::optional<Error> m_refusedRedirect;
    QString m_untrustedIssuer;
    int m_attempts = 0;
};

} // namespace

HttpClient::HttpClient(QNetworkAccessManager &network, const Clock &clock, Jitter jitter,
                       Timer timer)
{
    if (!jitter)
        jitter = [] { return QRandomGenerator::global()->generateDouble(); };
    if (!timer) {
        timer = [](std::chrono::milliseconds delay, QObject *context,
                   std::function<void()> callback) {
            QTimer::singleShot(delay, context, std::move(callback));
        };
    }
    m_dependencies = std::make_shared<const Dependencies>(
        Dependencies{network, clock, std::move(jitter), std::move(timer)});
    // The manager owns the factory; the routes stay shared with it.
    network.setProxyFactory(new RoutedProxyFactory(m_dependencies->routes));
}

HttpClient::~HttpClient() = default;

void HttpClient::setListener(Listener listener)
{
    *m_dependencies->listener = std::move(listener);
}

void HttpClient::setRoutes(const QList<NetworkRoutes::Target> &targets)
{
    m_dependencies->routes->set(targets);
}

void HttpClient::send(HttpRequest request, QObject *context, Done done)
{
    Q_ASSERT(context);
    auto *exchange = new HttpExchange(m_dependencies, std::move(request), context, std::move(done));
    exchange->start();
}

} // namespace ReleaseDesk
