package org.caseport.staff.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    @GetMapping("/app")
    String home() {
        return "redirect:/app/cases";
    }
}
