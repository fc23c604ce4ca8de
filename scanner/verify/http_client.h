// The HTTPS client the live checks use, behind an interface so that unit
// tests can answer without a network. Internal to verify/.
#pragma once

#include <map>
#include <string>

#include "sigv4.h"

namespace leakgate {

struct HttpRequest {
  std::string method;
  std::string url;  ///< https only; never carries a secret (headers do).
  HttpHeaders headers;
  std::string body;
  /// Sent to a --verify-endpoint: the --verify-ca bundle is trusted for it
  /// (never for a provider's own host).
  bool custom_endpoint = false;
};

struct HttpResponse {
  /// False when no HTTP answer came back (DNS, connect, TLS, timeout,
  /// redirect); `error` says why and holds no secret.
  bool answered = false;
  long status = 0;
  std::map<std::string, std::string> headers;  ///< names lower-cased.
  std::string body;                            ///< at most kMaxBody bytes.
  std::string error;
};

class HttpClient {
 public:
  virtual ~HttpClient() = default;
  /// Sends one request. Thread-safe.
  virtual HttpResponse Send(const HttpRequest& request) const = 0;
};

struct HttpSettings {
  long timeout_ms = 10000;
  /// PEM bundle trusted instead of the system's, for custom endpoints only.
  std::string ca_file;
};

/// libcurl: HTTPS only, peer and host verified, no redirect followed (a 3xx
/// comes back as "redirected to HOST"), bodies capped, one timeout for the
/// whole exchange. Call CurlGlobalInit() once before the first Send.
class CurlHttpClient : public HttpClient {
 public:
  explicit CurlHttpClient(HttpSettings settings) : settings_(std::move(settings)) {}
  HttpResponse Send(const HttpRequest& request) const override;

 private:
  HttpSettings settings_;
};

void CurlGlobalInit();

/// "host[:port]" of an https URL ("" when it is not one).
std::string UrlAuthority(const std::string& url);

}  // namespace leakgate
