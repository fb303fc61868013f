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

          function show(status) {
            if (overlay) { overlay.remove(); overlay = null; }
            var shown = (status.report && status.report.diagnostics || []).filter(function (d) {
              return d.severity === "error" || d.severity === "warning";
            });
            if (!status.failed && shown.length === 0) return;
            overlay = element("aside", "chibo-overlay");
            overlay.setAttribute("role", "alert");
            var close = element("button", "chibo-overlay-close", "Đóng");
            close.type = "button";
            close.addEventListener("click", function () { overlay.remove(); overlay = null; });
            overlay.appendChild(close);
            overlay.appendChild(element("h2", null, status.failed
              ? "Bản dựng mới có lỗi: đang hiển thị bản dựng tốt gần nhất"
              : "Bản dựng có cảnh báo"));
            if (status.failure) overlay.appendChild(element("p", null, status.failure));
            var list = element("ul");
            shown.forEach(function (d) {
              var item = element("li", "chibo-" + d.severity);
              item.appendChild(element("code", null, d.file + ":" + d.line + ":" + d.column));
              item.appendChild(document.createTextNode(" " + d.severity + ": " + d.message + " [" + d.code + "]"));
              list.appendChild(item);
            });
            overlay.appendChild(list);
            if (status.report && status.report.summary) {
              var s = status.report.summary;
              overlay.appendChild(element("p", null, s.errors + " lỗi, " + s.warnings + " cảnh báo"));
            }
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
        .chibo-overlay-close { float: right; }
        @media print { .chibo-overlay { display: none; } }
        """
}

/// `/_chibo/status`: the build's number, whether the site shown is stale,
/// and the report in `chibo check --format json`'s form.
enum ServeStatusJSON {
    static func encode(_ status: ServeSession.Status) -> String {
        let report = status.report.map {
            JSONDiagnosticFormatter().report($0.diagnostics, files: $0.files).trimmingCharacters(in: .whitespacesAndNewlines)
        } ?? "null"
        return "{\"generation\":\(status.generation),\"failed\":\(status.isFailed),"
            + "\"failure\":\(status.failure.map(JSONText.string) ?? "null"),"
            + "\"seconds\":\(String(format: "%.3f", status.seconds)),\"report\":\(report)}"
    }
}
