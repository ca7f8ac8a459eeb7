package org.caseport.staff.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.caseport.cases.CaseQueries;
import org.caseport.identity.Actor;
import org.caseport.reports.ReportJobs;
import org.caseport.reports.ReportResponses;
import org.caseport.reports.StaffExports;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's report tab: the full internal case report (a PDF built in the background, its progress
 * polled, then downloaded) and CSV exports of every time slip and expense.
 */
@Controller
@RequestMapping("/app/cases/{caseId}")
class CaseReportController {

    private final CaseQueries caseQueries;
    private final ReportJobs reportJobs;
    private final StaffExports exports;

    CaseReportController(CaseQueries caseQueries, ReportJobs reportJobs, StaffExports exports) {
        this.caseQueries = caseQueries;
        this.reportJobs = reportJobs;
        this.exports = exports;
    }

    @ModelAttribute("section")
    String section() {
        return "cases";
    }

    @GetMapping("/report")
    String report(Actor actor, @PathVariable long caseId, Model model) {
        model.addAttribute("kase", caseQueries.get(actor, caseId));
        model.addAttribute("tab", "report");
        model.addAttribute("jobs", reportJobs.recent(actor, caseId));
        model.addAttribute("reportPath", reportPath(caseId));
        return "staff/cases/report";
    }

    @PostMapping("/report")
    String generate(Actor actor, @PathVariable long caseId, RedirectAttributes redirect) {
        reportJobs.start(actor, caseId);
        redirect.addFlashAttribute("notice", "The report is being prepared. It will be ready to download here.");
        return "redirect:" + reportPath(caseId);
    }

    /** A report's progress: the job's fragment for htmx, which asks again every 2 seconds until it is done. */
    @GetMapping("/report/jobs/{jobId}")
    String job(Actor actor, @PathVariable long caseId, @PathVariable long jobId, HtmxRequest htmx, Model model) {
        model.addAttribute("job", reportJobs.job(actor, caseId, jobId));
        if (htmx.isHtmxRequest()) {
            model.addAttribute("reportPath", reportPath(caseId));
            return "fragments/report-jobs :: job";
        }
        return report(actor, caseId, model);
    }

    @GetMapping("/report/jobs/{jobId}/download")
    ResponseEntity<Resource> download(Actor actor, @PathVariable long caseId, @PathVariable long jobId) {
        return ReportResponses.pdf(reportJobs.download(actor, caseId, jobId));
    }

    @GetMapping("/export/time.csv")
    ResponseEntity<StreamingResponseBody> timeSlips(Actor actor, @PathVariable long caseId) {
        return ReportResponses.csv(exports.timeSlips(actor, caseId));
    }

    @GetMapping("/export/expenses.csv")
    ResponseEntity<StreamingResponseBody> expenses(Actor actor, @PathVariable long caseId) {
        return ReportResponses.csv(exports.expenses(actor, caseId));
    }

    private static String reportPath(long caseId) {
        return "/app/cases/" + caseId + "/report";
    }
}
