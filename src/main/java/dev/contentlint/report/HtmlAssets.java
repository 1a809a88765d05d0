package dev.contentlint.report;

/** The HTML report's own style sheet and script, inlined in the page (it loads nothing). */
final class HtmlAssets {

    private HtmlAssets() {}

    /** Allows only the page's inline style and script; blocks every load, injected or not. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:;"
                    + " base-uri 'none'; form-action 'none'";

    static final String STYLE = """
            :root{color-scheme:light;--line:#d8dde3;--muted:#5f6670}
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:72rem;padding:1rem 1.25rem 3rem;color:#1f2328;background:#fff;overflow-wrap:anywhere}
            h1{font-size:1.45rem;margin:.25rem 0}
            h2{font-size:1.15rem;margin:2rem 0 .5rem;padding-bottom:.2rem;border-bottom:1px solid var(--line)}
            h3{font-size:1rem;margin:0}
            a{color:#0b57d0}
            nav{margin:.4rem 0 0;font-size:.9rem}nav a{margin-right:.9rem}
            .meta,.note{color:var(--muted);margin:.25rem 0}.note{font-size:.9rem}
            .none{color:var(--muted);font-style:italic}
            dl.totals{display:grid;grid-template-columns:repeat(auto-fit,minmax(8.5rem,1fr));gap:.5rem;margin:1rem 0}
            dl.totals div{border:1px solid var(--line);border-radius:6px;padding:.45rem .75rem}
            dl.totals dt{color:var(--muted);font-size:.85rem}
            dl.totals dd{margin:0;font-size:1.5rem;font-weight:650;font-variant-numeric:tabular-nums}
            .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,24rem),1fr));gap:0 1.75rem}
            .box{overflow-x:auto;max-width:100%}
            table{border-collapse:collapse;width:100%;margin:.25rem 0;overflow-wrap:normal}
            #files-table td:first-child{overflow-wrap:anywhere;min-width:14rem}
            th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
            th{font-weight:600;white-space:nowrap;background:#f6f8fa}
            th.n,td.n{text-align:right;font-variant-numeric:tabular-nums}
            td.z{color:#a0a6ad}
            code,pre{font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
            .desc{display:block;color:var(--muted);font-size:.85rem}
            .error{color:#b00020}.warning{color:#8a5a00}.suggestion{color:#1f5fa8}.clean{color:#22743a}
            td.error,td.warning,td.suggestion{font-weight:600}
            .badge{display:inline-block;padding:0 .45rem;border-radius:3px;font-size:.8rem;font-weight:600;color:#fff;line-height:1.5}
            .badge.error{background:#b00020;color:#fff}.badge.warning{background:#8a5a00;color:#fff}.badge.suggestion{background:#1f5fa8;color:#fff}
            .badge.baselined{background:#5f6670;color:#fff}span.baselined{color:var(--muted)}
            li.baselined .msg,li.baselined pre.src{opacity:.7}
            .controls{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;margin:.5rem 0}
            .controls input[type=search]{flex:1 1 14rem;min-width:0;font:inherit;padding:.35rem .5rem;border:1px solid #9aa1a9;border-radius:4px}
            .controls label{white-space:nowrap}
            #shown{color:var(--muted);font-size:.9rem}
            th button{font:inherit;font-weight:600;border:0;background:none;padding:0;cursor:pointer;color:inherit;text-align:inherit}
            th button::after{content:" \\2195";color:#a0a6ad}
            th[aria-sort=ascending] button::after{content:" \\25B2";color:inherit}
            th[aria-sort=descending] button::after{content:" \\25BC";color:inherit}
            section.file{margin-top:1.75rem;border-top:2px solid var(--line);padding-top:.6rem}
            h2+section.file{margin-top:.5rem;border-top:0;padding-top:0}
            ol.findings{list-style:none;padding:0;margin:.6rem 0}
            li.finding{margin:0 0 1.1rem}
            .head{display:flex;flex-wrap:wrap;gap:.15rem .6rem;align-items:baseline}
            .pos{font-variant-numeric:tabular-nums;color:var(--muted)}
            .msg{margin:.2rem 0}
            pre.src{overflow-x:auto;max-width:100%;background:#f6f8fa;border:1px solid var(--line);border-radius:4px;padding:.35rem 0;margin:.3rem 0;overflow-wrap:normal}
            pre.src code{display:inline-block;min-width:100%}
            pre.src .l{display:block;white-space:pre;padding-right:.75rem}
            pre.src .hit{background:#fff6cc}
            pre.src .n{display:inline-block;color:#8a9199;padding:0 .4rem 0 .6rem;user-select:none;-webkit-user-select:none}
            pre.src .more{color:var(--muted)}
            mark{background:#ffd24d;color:inherit;border-radius:2px;box-shadow:0 0 0 1px #e0a800}
            mark.at{display:inline-block;width:2px;height:1.25em;vertical-align:text-bottom;background:#d32f2f;box-shadow:none}
            .cut{color:#8a9199}
            [hidden]{display:none!important}
            @media (max-width:40rem){
            body{padding:.6rem .7rem 2rem}dl.totals dd{font-size:1.25rem}th,td{padding:.25rem .35rem}
            #files-table,#files-table thead,#files-table tbody{display:block}
            #files-table tr{display:flex;flex-wrap:wrap;gap:.1rem .75rem;padding:.4rem 0;border-bottom:1px solid var(--line)}
            #files-table thead tr{padding:.3rem 0;background:#f6f8fa}
            #files-table th,#files-table td{display:block;border:0;padding:0;background:none}
            #files-table td:first-child{flex:1 1 100%;min-width:0}
            #files-table td:nth-child(2),#files-table td:nth-child(3){color:var(--muted)}
            #files-table td.n::after{content:" " attr(data-label)}
            #files-table td.z,#files-table td:empty{display:none}
            .controls input[type=search]{flex:1 1 100%}
            }
            """;

    /**
     * Sorting and filtering of the files table. Without it the page reads the same: the filter
     * controls stay hidden and the table keeps its order by path.
     */
    static final String SCRIPT = """
            (function () {
              "use strict";
              var d = document, root = d.documentElement;
              var table = d.getElementById("files-table");
              var controls = d.getElementById("controls");
              if (table && controls) {
                var body = table.tBodies[0];
                var rows = Array.prototype.slice.call(body.rows);
                var q = d.getElementById("q"), shown = d.getElementById("shown");
                var findings = d.querySelectorAll("li.finding");
                var on = function (name) { var box = d.getElementById("show-" + name); return !box || box.checked; };
                var apply = function () {
                  var text = q.value.trim().toLowerCase();
                  var sev = {error: on("error"), warning: on("warning"), suggestion: on("suggestion")};
                  var clean = on("clean"), baselined = on("baselined"), count = 0;
                  rows.forEach(function (row) {
                    var e = +row.getAttribute("data-e"), w = +row.getAttribute("data-w"), s = +row.getAttribute("data-s");
                    var b = +(row.getAttribute("data-b") || 0);
                    var bySeverity = (e > 0 && sev.error) || (w > 0 && sev.warning) || (s > 0 && sev.suggestion)
                        || (b > 0 && baselined) || (e + w + s + b === 0 && clean);
                    var byText = !text || [0, 1, 2].some(function (i) {
                      return row.cells[i].textContent.toLowerCase().indexOf(text) >= 0;
                    });
                    var show = bySeverity && byText;
                    row.hidden = !show;
                    if (show) { count++; }
                    var target = row.getAttribute("data-target");
                    var section = target && d.getElementById(target);
                    if (section) { section.hidden = !show; }
                  });
                  Array.prototype.forEach.call(findings, function (li) {
                    li.hidden = !sev[li.getAttribute("data-sev")]
                        || (li.hasAttribute("data-baselined") && !baselined);
                  });
                  shown.textContent = count + " of " + rows.length + " files shown";
                };
                q.addEventListener("input", apply);
                Array.prototype.forEach.call(controls.querySelectorAll("input[type=checkbox]"), function (box) {
                  box.addEventListener("change", apply);
                });
                var heads = table.tHead.rows[0].cells;
                Array.prototype.forEach.call(heads, function (th, column) {
                  var button = d.createElement("button");
                  button.type = "button";
                  button.textContent = th.textContent;
                  th.textContent = "";
                  th.appendChild(button);
                  button.addEventListener("click", function () {
                    var numeric = th.classList.contains("n"), current = th.getAttribute("aria-sort");
                    var ascending = current ? current === "descending" : !numeric;
                    Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
                    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
                    rows.slice().sort(function (a, b) {
                      var x = a.cells[column].textContent, y = b.cells[column].textContent;
                      var c = numeric ? (+x) - (+y) : x.localeCompare(y);
                      if (!c) { c = (+a.getAttribute("data-i")) - (+b.getAttribute("data-i")); }
                      return ascending ? c : -c;
                    }).forEach(function (row) { body.appendChild(row); });
                  });
                });
                controls.hidden = false;
                apply();
              }
              root.setAttribute("data-ready", "1");
              root.setAttribute("data-viewport", String(window.innerWidth));
              root.setAttribute("data-overflow", String(root.scrollWidth > window.innerWidth));
            })();
            """;
}
