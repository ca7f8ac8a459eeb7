package org.caseport.staff.web;

import jakarta.servlet.http.HttpSession;
import org.caseport.identity.PortalPreview;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/** Ends a portal preview and returns the staff member to their own pages. */
@Controller
class PreviewController {

    @PostMapping("/app/preview/exit")
    String exit(HttpSession session) {
        PortalPreview.stop(session);
        return "redirect:/app/clients";
    }
}
