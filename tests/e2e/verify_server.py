"""A loopback HTTPS server that answers leakgate's live checks as the
providers document them, for tests/e2e/test_verify.py. It makes its own CA
with openssl, serves on 127.0.0.1 only, checks every STS request's SigV4
signature with botocore (so a wrong canonical request, signing key or signed
header set fails), and records what it was asked."""

import base64
import json
import os
import ssl
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

STS_BODY = "Action=GetCallerIdentity&Version=2011-06-15"


def key_id_for_account(account, tail=b"\x5a\x3c\x91\x07", prefix="AKIA"):
    """An access key ID whose body decodes to `account` (DESIGN.md §6)."""
    raw = (int(account) << 7).to_bytes(6, "big") + tail
    return prefix + base64.b32encode(raw).decode()


def make_ca(directory, name="leakgate test CA"):
    """A CA and a server certificate for 127.0.0.1 signed by it, in
    `directory`; returns (ca.pem, server.pem, server.key)."""
    ca_key, ca_pem = (os.path.join(directory, n) for n in ("ca.key", "ca.pem"))
    key, csr, pem = (os.path.join(directory, n)
                     for n in ("server.key", "server.csr", "server.pem"))
    ext = os.path.join(directory, "ext.cnf")
    with open(ext, "w") as f:
        f.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n")

    def ssl_cmd(*args):
        subprocess.run(["openssl", *args], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    ssl_cmd("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", ca_key,
            "-out", ca_pem, "-days", "2", "-subj", "/CN=" + name)
    ssl_cmd("req", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", csr,
            "-subj", "/CN=127.0.0.1")
    ssl_cmd("x509", "-req", "-in", csr, "-CA", ca_pem, "-CAkey", ca_key,
            "-CAcreateserial", "-out", pem, "-days", "2", "-extfile", ext)
    return ca_pem, pem, key


def sts_xml(arn, account):
    return ("<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
            f"<GetCallerIdentityResult><Arn>{arn}</Arn><UserId>AIDAEXAMPLEUSERID</UserId>"
            f"<Account>{account}</Account></GetCallerIdentityResult>"
            "<ResponseMetadata><RequestId>01234567-89ab-cdef-0123-456789abcdef"
            "</RequestId></ResponseMetadata></GetCallerIdentityResponse>")


def sts_error(code):
    return ("<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
            f"<Error><Type>Sender</Type><Code>{code}</Code><Message>{code}</Message>"
            "</Error><RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId>"
            "</ErrorResponse>")


def signature_ok(handler, body, secret, token):
    """botocore recomputes the signature of the request as received."""
    auth = handler.headers.get("Authorization", "")
    fields = dict(part.strip().split("=", 1)
                  for part in auth[len("AWS4-HMAC-SHA256 "):].split(","))
    signed = fields["SignedHeaders"].split(";")
    key_id, date, region, service, _ = fields["Credential"].split("/")
    if (region, service) != ("us-east-1", "sts"):
        return False
    if token and handler.headers.get("X-Amz-Security-Token") != token:
        return False
    headers = {name: handler.headers[name] for name in signed}
    request = AWSRequest(method=handler.command,
                         url="https://" + handler.headers["Host"] + handler.path,
                         data=body, headers=headers)
    request.context["timestamp"] = handler.headers["X-Amz-Date"]
    signer = SigV4Auth(Credentials(key_id, secret, token), "sts", "us-east-1")
    if signer.signed_headers(signer.headers_to_sign(request)) != fields["SignedHeaders"]:
        return False
    canonical = signer.canonical_request(request)
    expected = signer.signature(signer.string_to_sign(request, canonical), request)
    return expected == fields["Signature"] and date == handler.headers["X-Amz-Date"][:8]


class Provider:
    """What the server knows: AWS pairs (key ID → (secret, token, arn,
    account)), bearer tokens per path (token → (status, headers, body) or a
    behaviour: "sleep", "redirect")."""

    def __init__(self):
        self.aws = {}
        self.tokens = {}
        self.requests = []  # (path, credential id) in arrival order
        self.lock = threading.Lock()


def make_handler(provider):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def reply(self, status, body, headers=()):
            data = body.encode() if isinstance(body, str) else body
            try:
                self.send_response(status)
                for name, value in headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except OSError:  # the client gave up (the timeout test)
                self.close_connection = True

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            if self.path == "/":
                return self.sts(body.decode())
            return self.token_call()

        def do_GET(self):
            self.token_call()

        def sts(self, body):
            auth = self.headers.get("Authorization", "")
            key_id = auth.split("Credential=", 1)[-1].split("/", 1)[0]
            with provider.lock:
                provider.requests.append(("/", key_id))
            xml = [("Content-Type", "text/xml")]
            if key_id not in provider.aws:
                return self.reply(403, sts_error("InvalidClientTokenId"), xml)
            secret, token, arn, account = provider.aws[key_id]
            if body != STS_BODY or not signature_ok(self, body.encode(), secret, token):
                return self.reply(403, sts_error("SignatureDoesNotMatch"), xml)
            self.reply(200, sts_xml(arn, account), xml)

        def token_call(self):
            auth = self.headers.get("Authorization") or ""
            token = auth.removeprefix("Bearer ") or self.headers.get("x-api-key", "")
            with provider.lock:
                provider.requests.append((self.path, token))
            answer = provider.tokens.get((self.path, token))
            if answer is None:
                return self.reply(404, "{}", [("Content-Type", "application/json")])
            if answer == "sleep":
                time.sleep(3)
                return self.reply(200, "{}", [("Content-Type", "application/json")])
            if answer == "redirect":
                return self.reply(302, "", [("Location", "https://collector.invalid/steal")])
            status, headers, body = answer
            if not isinstance(body, str):
                body = json.dumps(body)
            self.reply(status, body, headers)

    return Handler


class Server:
    """The HTTPS server on 127.0.0.1 (an ephemeral port) in a thread."""

    def __init__(self, provider, cert, key):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(provider))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
        self.httpd.daemon_threads = True
        self.url = "https://127.0.0.1:%d" % self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()
