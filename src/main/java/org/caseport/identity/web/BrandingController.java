package org.caseport.identity.web;

import java.time.Duration;
import org.caseport.identity.FirmSetup;
import org.caseport.shared.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the firm's logo to anyone: it appears on the sign-in page and in the portal. */
@Controller
class BrandingController {

    private final FirmSetup firmSetup;

    BrandingController(FirmSetup firmSetup) {
        this.firmSetup = firmSetup;
    }

    @GetMapping("/branding/logo")
    ResponseEntity<byte[]> logo() {
        FirmSetup.Logo logo = firmSetup.logo().orElseThrow(() -> new NotFoundException("Logo"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(logo.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(logo.bytes());
    }
}
