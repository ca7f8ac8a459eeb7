package org.caseport.shared.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.webjars.WebJarVersionLocator;

/**
 * The versioned paths of the webjars the layouts load ({@code /webjars/bootstrap/5.3.8/css/…}),
 * looked up once per file, for every page as {@code webjars}: a layout writes
 * {@code @{${webjars.path('bootstrap', 'css/bootstrap.min.css')}}}.
 *
 * <p>Spring's resource chain could insert the versions instead, but it does so by passing every
 * link of every page through {@code ResourceUrlEncodingFilter}, which probes the class path for
 * each one: two thirds of a portal page's CPU time under load (bench/RESULTS.md). The chain is
 * switched off in application.properties.
 */
@ControllerAdvice
public class Webjars {

    private final WebJarVersionLocator locator = new WebJarVersionLocator();
    private final Map<String, String> paths = new ConcurrentHashMap<>();

    @ModelAttribute("webjars")
    Webjars webjars() {
        return this;
    }

    public String path(String webjar, String file) {
        return paths.computeIfAbsent(webjar + "/" + file, key -> {
            String version = locator.version(webjar);
            if (version == null) {
                throw new IllegalStateException("No webjar named " + webjar + " on the class path");
            }
            return "/webjars/" + webjar + "/" + version + "/" + file;
        });
    }
}
