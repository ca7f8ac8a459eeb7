package org.caseport.portal.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.caseport.access.PortalSection;
import org.caseport.identity.Actor;
import org.caseport.portal.PortalCaseView;
import org.caseport.portal.PortalExports;
import org.caseport.portal.PortalQueries;
import org.caseport.reports.ReportJobs;
import org.caseport.reports.ReportResponses;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's reports in the portal, where the profile shows {@link PortalSection#REPORTS} and allows
 * generating them: the case report (a PDF built in the background, its progress polled, then
 * downloaded) and CSV exports of the shared notes and expenses, where those sections show. A staff
 * preview may do all of it and gets what the contact would; its reports are the staff member's own.
 */
@Controller
@RequestMapping("/portal/cases/{caseId}/reports")
class PortalReportController {

    private final PortalQueries portal;
    private final ReportJobs reportJobs;
    private final PortalExports exports;

    PortalReportController(PortalQueries portal, ReportJobs reportJobs, PortalExports exports) {
        this.portal = portal;
        this.reportJobs = reportJobs;
        this.exports = exports;
    }

    @GetMapping
    String reports(Actor actor, @PathVariable long caseId, Model model) {
        model.addAttribute("jobs", reportJobs.recent(actor, caseId));
        PortalCaseView kase = portal.caseView(actor, caseId);
        model.addAttribute("kase", kase);
        model.addAttribute("section", PortalSection.REPORTS);
        model.addAttribute("paths", PortalPaths.INSTANCE);
        model.addAttribute("reportPath", reportPath(caseId));
        model.addAttribute("exportsNotes", kase.sections().contains(PortalSection.NOTES));
        model.addAttribute("exportsExpenses", kase.sections().contains(PortalSection.EXPENSES));
        return "portal/case/reports";
    }

    @PostMapping
    String generate(Actor actor, @PathVariable long caseId, RedirectAttributes redirect) {
        reportJobs.start(actor, caseId);
        redirect.addFlashAttribute("notice", "Your report is being prepared. It will be ready to download here.");
        return "redirect:" + reportPath(caseId);
    }

    /** A report's progress: the job's fragment for htmx, which asks again every 2 seconds until it is done. */
    @GetMapping("/jobs/{jobId}")
    String job(Actor actor, @PathVariable long caseId, @PathVariable long jobId, HtmxRequest htmx, Model model) {
        model.addAttribute("job", reportJobs.job(actor, caseId, jobId));
        if (htmx.isHtmxRequest()) {
            model.addAttribute("reportPath", reportPath(caseId));
            return "fragments/report-jobs :: job";
        }
        return reports(actor, caseId, model);
    }

    @GetMapping("/jobs/{jobId}/download")
    ResponseEntity<Resource> download(Actor actor, @PathVariable long caseId, @PathVariable long jobId) {
        return ReportResponses.pdf(reportJobs.download(actor, caseId, jobId));
    }

    @GetMapping("/export/time.csv")
    ResponseEntity<StreamingResponseBody> notes(Actor actor, @PathVariable long caseId) {
        return ReportResponses.csv(exports.notes(actor, caseId));
    }

    @GetMapping("/export/expenses.csv")
    ResponseEntity<StreamingResponseBody> expenses(Actor actor, @PathVariable long caseId) {
        return ReportResponses.csv(exports.expenses(actor, caseId));
    }

    private static String reportPath(long caseId) {
        return PortalPaths.INSTANCE.href(caseId, PortalSection.REPORTS);
    }
}
