"""End-to-end: secrets found under decoding layers (base64, percent-encoding,
JSON string escapes, XML entities, and two layers deep) are reported at the
encoded text with details.decoded; long encoded lines keep memory bounded."""

import base64
import os
import subprocess
import unittest

from leakgate_e2e import BIN, KEY_ID, SECRET_KEY, TempDirTest, run_json

SANITIZED = bool(os.environ.get("LEAKGATE_SANITIZED"))
GITHUB_TOKEN = "ghp_R8xZ2mQ4nV7kL1pT9wY3sB6dF0hJ5cA2eG8u"


def b64(text):
    return base64.b64encode(text.encode()).decode()


class DecodingLayersTest(TempDirTest):

    def findings(self, name, content):
        self.write(name, content)
        code, report = run_json("scan", os.path.join(self.dir, name))
        self.assertEqual(report["errors"], [])
        return code, [(f["rule"], f["location"]["line"], f["location"]["column"],
                       f["location"]["end_column"], f["details"].get("decoded"))
                      for f in report["findings"]], report

    def test_kubernetes_secret_data_is_decoded(self):
        creds = b64(f"aws_access_key_id: {KEY_ID}\naws_secret_access_key: {SECRET_KEY}\n")
        token = b64(GITHUB_TOKEN)
        text = ("apiVersion: v1\nkind: Secret\ndata:\n"
                f"  credentials: {creds}\n  token: {token}\n")
        code, found, report = self.findings("secret.yaml", text)
        self.assertEqual(code, 1)
        creds_end = 16 + len(creds)
        # The generic fallback yields to the GitHub token found under base64.
        self.assertEqual(found, [
            ("aws-access-key-id", 4, 16, creds_end, ["base64"]),
            ("aws-secret-access-key", 4, 16, creds_end, ["base64"]),
            ("github-pat-classic", 5, 10, 10 + len(token), ["base64"]),
        ])
        for finding in report["findings"]:
            self.assertNotIn(creds, finding["snippet"] if "snippet" in finding else "")
        self.assertNotIn(SECRET_KEY, str(report))

    def test_percent_json_and_xml_layers(self):
        escaped = SECRET_KEY.replace("/", "%2F").replace("+", "%2B")
        url = f"https://example.com/cb?payload=aws_secret_access_key%3D{escaped}\n"
        _, found, _ = self.findings("url.txt", url)
        start = url.index(escaped) + 1
        self.assertEqual(found, [("aws-secret-access-key", 1, start, start + len(escaped),
                                  ["percent"])])

        # The rule reads escaped JSON's \" itself; an escaped character in
        # the value is what needs the layer.
        json_escaped = SECRET_KEY.replace("/", "\\/").replace("+", "\\u002b")
        doc = '{"config": "{\\"SecretAccessKey\\": \\"' + json_escaped + '\\"}"}\n'
        _, found, _ = self.findings("escaped.json", doc)
        start = doc.index(json_escaped) + 1
        self.assertEqual(found, [("aws-secret-access-key", 1, start,
                                  start + len(json_escaped), ["json-escape"])])

        entity = SECRET_KEY.replace("+", "&#43;").replace("/", "&#47;")
        xml = f'<cfg value="aws_secret_access_key={entity}"/>\n'
        _, found, _ = self.findings("page.xml", xml)
        start = xml.index(entity) + 1
        self.assertEqual(found, [("aws-secret-access-key", 1, start, start + len(entity),
                                  ["xml-entity"])])

    def test_two_layers_base64_of_escaped_json(self):
        inner = ('{"SecretAccessKey": "' + SECRET_KEY.replace("+", "\\u002b") +
                 '", "k": "v"}')
        line = "blob=" + b64(inner) + "\n"
        _, found, _ = self.findings("nested.txt", line)
        self.assertEqual(found, [("aws-secret-access-key", 1, 6, len(line),
                                  ["base64", "json-escape"])])

    def test_plain_secret_is_not_reported_twice(self):
        # Written plainly and also present percent-decoded: one finding.
        text = f"aws_secret_access_key={SECRET_KEY}\n"
        _, found, _ = self.findings("plain.env", text)
        self.assertEqual(found, [("aws-secret-access-key", 1, 23, 63, None)])

    def test_decoys_stay_silent(self):
        text = ("sha512-9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n"
                f"doc: {b64('just some harmless documentation text here')}\n"
                "img: iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\n"
                "q: 100%25 done &amp; more\n")
        code, found, _ = self.findings("decoys.txt", text)
        self.assertEqual((code, found), (0, []))

    def test_one_64_mib_base64_line_keeps_memory_bounded(self):
        # Written in pieces, so that this process stays small: the child's
        # peak RSS counts what it shared with its parent before exec.
        path = os.path.join(self.dir, "big.txt")
        piece = base64.b64encode(b"password=Tr0ub4dor&3xq; " * 4096)
        with open(path, "wb") as out:
            out.write(b"x: ")
            for _ in range((64 << 20) // len(piece)):
                out.write(piece)
            out.write(b"\n")
        process = subprocess.Popen([BIN, "scan", "--format", "json", path],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        self.assertEqual(process.returncode, 0)
        if not SANITIZED:
            self.assertLess(usage.ru_maxrss, 96 * 1024)


if __name__ == "__main__":
    unittest.main()
