/*
 * SLA clocks that move without a reload: every element .sla-countdown[data-mode] counts down to its
 * data-due instant (epoch ms) while data-mode is "countdown", and up from it while "overdue"; "still"
 * (a waiting or stopped clock) does not move. data-now is the server's instant when the page was made,
 * so a browser whose clock is off still counts from the server's time. The words are the page's own
 * ("due in {0}", "overdue by {0}"); the time is written as the server writes it: "03:12:05", "2 d 03:12:05".
 */
(function () {
    "use strict";

    function pad(n) {
        return n < 10 ? "0" + n : String(n);
    }

    function countdown(ms, dayWord) {
        var seconds = Math.floor(Math.abs(ms) / 1000);
        var days = Math.floor(seconds / 86400);
        var clock = pad(Math.floor(seconds % 86400 / 3600)) + ":" + pad(Math.floor(seconds % 3600 / 60)) + ":"
            + pad(seconds % 60);
        return days > 0 ? days + " " + dayWord + " " + clock : clock;
    }

    function tick() {
        var elements = document.querySelectorAll(".sla-countdown[data-mode]");
        for (var i = 0; i < elements.length; i++) {
            var el = elements[i];
            var mode = el.getAttribute("data-mode");
            if (mode === "still") {
                continue;
            }
            if (!el.hasAttribute("data-skew")) {
                // how far the browser's clock is ahead of the server's, fixed when the element is first seen
                el.setAttribute("data-skew", String(Date.now() - Number(el.getAttribute("data-now"))));
            }
            var now = Date.now() - Number(el.getAttribute("data-skew"));
            var due = Number(el.getAttribute("data-due"));
            var day = el.getAttribute("data-day");
            if (mode === "countdown" && due > now) {
                el.textContent = el.getAttribute("data-due-text").replace("{0}", countdown(due - now, day));
            } else if (mode === "countdown") {
                // the server decides whether a used-up target is a breach (a deadline at closing time is not yet)
                el.textContent = el.getAttribute("data-ended-text");
                el.setAttribute("data-mode", "still");
            } else if (mode === "overdue") {
                el.textContent = el.getAttribute("data-overdue-text").replace("{0}", countdown(now - due, day));
            }
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", tick);
    } else {
        tick();
    }
    window.setInterval(tick, 1000);
})();
