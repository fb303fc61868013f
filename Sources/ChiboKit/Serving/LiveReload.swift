import Foundation

/// What `chibo serve` adds to each page it serves: a script that reloads
/// the page after every build and shows the build's diagnostics over it.
/// The built files never carry it.
enum LiveReload {
    /// The page with the script and its style linked from its `<head>`,
    /// and its Content-Security-Policy opened to the server itself
    /// (`connect-src 'self'`): the theme forbids every request from a page
    /// opened from disk, which would also forbid the script's.
    static func inject(into page: String, generation: Int) -> String {
        let tags = "<link rel=\"stylesheet\" href=\"/_chibo/live.css\">"
            + "<script src=\"/_chibo/live.js?generation=\(generation)\" defer></script>"
        var result = page.replacingOccurrences(of: "connect-src 'none'", with: "connect-src 'self'")
        if let head = result.range(of: "</head>") {
            result.insert(contentsOf: tags, at: head.lowerBound)
        } else {
            result = tags + result
        }
        return result
    }

    /// Asks `/_chibo/status` for the build after the one the page came
    /// from; reloads when it comes, else shows what it reported. Builds the
    /// overlay with `textContent` only: diagnostics quote the editor's text.
    static let script = #"""
        (function () {
          "use strict";
          var me = document.currentScript && document.currentScript.src || "";
          var match = /generation=(\d+)/.exec(me);
          var generation = match ? parseInt(match[1], 10) : 0;
          var overlay = null;

          function element(tag, className, text) {
            var node = document.createElement(tag);
            if (className) node.className = className;
            if (text !== undefined) node.textContent = text;
            return node;
          }

          // `quoted` parts of a message as code, the rest as text: still
          // only textContent, never markup from the message.
          function appendMessage(node, text) {
            text.split("`").forEach(function (part, index) {
              if (part === "") return;
              node.appendChild(index % 2 ? element("code", null, part) : document.createTextNode(part));
            });
            return node;
          }

          function show(status) {
            if (overlay) { overlay.remove(); overlay = null; }
            var shown = (status.report && status.report.diagnostics || []).filter(function (d) {
              return d.severity === "error" || d.severity === "warning";
            });
            if (!status.failed && shown.length === 0) return;
            overlay = element("aside", "chibo-overlay");
            overlay.setAttribute("role", "alert");
            var words = status.words;
            var close = element("button", "chibo-overlay-close", words.close);
            close.type = "button";
            close.addEventListener("click", function () { overlay.remove(); overlay = null; });
            overlay.appendChild(close);
            overlay.appendChild(element("h2", null, status.failed ? words.failed : words.warnings));
            if (status.failure) overlay.appendChild(element("p", null, status.failure));
            var list = element("ul");
            shown.forEach(function (d) {
              var item = element("li", "chibo-" + d.severity);
              item.appendChild(element("code", null, d.file + ":" + d.line + ":" + d.column));
              appendMessage(item, " " + words[d.severity] + ": " + d.message + " [" + d.code + "]");
              if (d.suggestion) {
                item.appendChild(appendMessage(element("div", "chibo-help"), words.help + ": " + d.suggestion.message));
              }
              list.appendChild(item);
            });
            overlay.appendChild(list);
            if (words.summary) overlay.appendChild(element("p", null, words.summary));
            if (words.fix) overlay.appendChild(appendMessage(element("p", "chibo-fix"), words.fix));
            document.body.appendChild(overlay);
          }

          function poll(after) {
            fetch("/_chibo/status" + (after === null ? "" : "?after=" + after), { cache: "no-store" })
              .then(function (response) { return response.json(); })
              .then(function (status) {
                if (status.generation > generation) { location.reload(); return; }
                show(status);
                poll(status.generation);
              })
              .catch(function () { setTimeout(function () { poll(after); }, 1000); });
          }
          poll(null);
        })();
        """#

    static let style = """
        .chibo-overlay { position: fixed; left: 1rem; right: 1rem; bottom: 1rem; max-height: 60vh; overflow: auto;
          z-index: 2147483647; background: #fff8f6; color: #1a1a1a; border: 2px solid #b3261e; border-radius: 6px;
          padding: 0.75rem 1rem; font: 15px/1.45 system-ui, sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,0.25); }
        .chibo-overlay h2 { margin: 0 0 0.5rem; font-size: 1.05rem; color: #b3261e; }
        .chibo-overlay ul { margin: 0; padding-left: 1.2rem; }
        .chibo-overlay li { margin: 0.25rem 0; }
        .chibo-overlay code { font-family: ui-monospace, monospace; }
        .chibo-overlay .chibo-warning { color: #6b4e00; }
        .chibo-overlay .chibo-help, .chibo-overlay .chibo-fix { color: #1d1b20; }
        .chibo-overlay .chibo-help { margin-left: 1rem; }
        .chibo-overlay-close { float: right; }
        @media print { .chibo-overlay { display: none; } }
        """
}

/// `/_chibo/status`: the build's number, whether the site shown is stale,
/// the report in `chibo check --format json`'s form and the overlay's
/// words, all in the site's language (the editor reads them over its pages).
enum ServeStatusJSON {
    static func encode(_ status: ServeSession.Status, fixCommand: String = "chibo check --fix") -> String {
        let language = status.report?.siteLanguage ?? .vi
        let report = status.report.map {
            JSONDiagnosticFormatter(language: language).report($0.diagnostics, files: $0.files)
                .trimmingCharacters(in: .whitespacesAndNewlines)
        } ?? "null"
        return "{\"generation\":\(status.generation),\"failed\":\(status.isFailed),"
            + "\"failure\":\(status.failure.map { JSONText.string($0.text(in: language)) } ?? "null"),"
            + "\"seconds\":\(String(format: "%.3f", status.seconds)),\"report\":\(report),"
            + "\"words\":\(words(status.report, language: language, fixCommand: fixCommand))}"
    }

    /// The overlay's heading, labels and summary lines.
    private static func words(_ report: BuildReport?, language: Language, fixCommand: String) -> String {
        func say(_ message: Message) -> String { JSONText.string(message.text(in: language)) }
        var members = [
            ("close", say(Message(OverlayMessages.close))),
            ("failed", say(Message(OverlayMessages.failed))),
            ("warnings", say(Message(OverlayMessages.warnings))),
            ("error", say(Message(ReportMessages.error))),
            ("warning", say(Message(ReportMessages.warning))),
            ("help", say(Message(ReportMessages.help))),
        ]
        if let report {
            let count = DiagnosticCount(report.diagnostics)
            members.append(("summary", say(Message(OverlayMessages.summary, ["errors": count.errors, "warnings": count.warnings]))))
            let fixable = report.diagnostics.count(where: \.hasCertainFix)
            if fixable > 0 {
                members.append(("fix", say(Message(fixable == 1 ? ReportMessages.fixOne : .fixMany,
                                                   ["count": fixable, "command": fixCommand]))))
            }
        }
        return "{" + members.map { "\(JSONText.string($0.0)):\($0.1)" }.joined(separator: ",") + "}"
    }
}
