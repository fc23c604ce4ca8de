// One HTTPS exchange through libcurl, configured for sending credentials:
// only https, certificates and host names verified (against the system store
// or --verify-ca), no redirect followed at all (a redirect to another host
// must never receive the secret, and a provider's identity call does not
// redirect), a timeout for the whole exchange, and a cap on the body read.
// Error strings come from libcurl's own messages, which name the host but
// never a header, so no secret reaches them.

#include "http_client.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <mutex>

namespace leakgate {
namespace {

constexpr size_t kMaxBody = 1 << 20;

size_t OnBody(char* data, size_t size, size_t count, void* user) {
  auto* body = static_cast<std::string*>(user);
  const size_t bytes = size * count;
  if (body->size() + bytes > kMaxBody) return 0;  // aborts the transfer
  body->append(data, bytes);
  return bytes;
}

size_t OnHeader(char* data, size_t size, size_t count, void* user) {
  auto* headers = static_cast<std::map<std::string, std::string>*>(user);
  const size_t bytes = size * count;
  std::string line(data, bytes);
  const size_t colon = line.find(':');
  if (colon == std::string::npos) {
    // A new status line (after 100 Continue): forget the earlier headers.
    if (line.rfind("HTTP/", 0) == 0) headers->clear();
    return bytes;
  }
  std::string name = line.substr(0, colon);
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string value = line.substr(colon + 1);
  const size_t first = value.find_first_not_of(" \t");
  const size_t last = value.find_last_not_of(" \t\r\n");
  value = first == std::string::npos ? "" : value.substr(first, last - first + 1);
  (*headers)[name] = value;
  return bytes;
}

}  // namespace

void CurlGlobalInit() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

std::string UrlAuthority(const std::string& url) {
  constexpr std::string_view kScheme = "https://";
  if (url.rfind(kScheme, 0) != 0) return "";
  const size_t end = url.find_first_of("/?#", kScheme.size());
  return url.substr(kScheme.size(), end == std::string::npos
                                        ? std::string::npos
                                        : end - kScheme.size());
}

HttpResponse CurlHttpClient::Send(const HttpRequest& request) const {
  HttpResponse response;
  CURL* curl = curl_easy_init();
  if (!curl) {
    response.error = "cannot start an HTTP client";
    return response;
  }
  char error[CURL_ERROR_SIZE] = "";
  curl_slist* headers = nullptr;
  for (const auto& [name, value] : request.headers)
    headers = curl_slist_append(headers, (name + ": " + value).c_str());
  // libcurl would add these on its own; the SigV4 signature does not cover them.
  headers = curl_slist_append(headers, "Expect:");
  headers = curl_slist_append(headers, "Accept-Encoding:");
  curl_easy_setopt(curl, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "https");
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  if (request.custom_endpoint && !settings_.ca_file.empty())
    curl_easy_setopt(curl, CURLOPT_CAINFO, settings_.ca_file.c_str());
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, settings_.timeout_ms);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, settings_.timeout_ms);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_NETRC, static_cast<long>(CURL_NETRC_IGNORED));
  curl_easy_setopt(curl, CURLOPT_USERAGENT, "leakgate/" LEAKGATE_VERSION);
  curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.c_str());
  if (request.method == "POST") {
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.c_str());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE,
                     static_cast<long>(request.body.size()));
  }
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, OnBody);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response.body);
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, OnHeader);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response.headers);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);

  const CURLcode code = curl_easy_perform(curl);
  if (code == CURLE_OK) {
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
    response.answered = true;
    if (response.status >= 300 && response.status < 400) {
      // Not followed: the answer is not the provider's.
      const auto location = response.headers.find("location");
      const std::string target =
          location == response.headers.end() ? "" : UrlAuthority(location->second);
      response.answered = false;
      response.error = "HTTP " + std::to_string(response.status) +
                       " redirect, not followed" +
                       (target.empty() ? "" : " (to " + target + ")");
    }
  } else if (code == CURLE_WRITE_ERROR) {
    response.error = "response body larger than 1 MiB";
  } else {
    response.error = *error ? error : curl_easy_strerror(code);
  }
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  return response;
}

}  // namespace leakgate
