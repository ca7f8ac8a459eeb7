package org.caseport.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.caseport.identity.Actor;
import org.caseport.identity.FirmSetup;
import org.caseport.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/** The firm's logo is checked by its content and served so that a browser can never run it. */
class FirmLogoWebTest extends IntegrationTest {

    @Autowired
    FirmSetup firmSetup;

    @AfterEach
    void removeLogo() {
        firmSetup.removeLogo(data.admin());
    }

    @Test
    void adminUploadsAPngThatEveryoneCanSee() throws Exception {
        Actor admin = data.admin();
        mvc.perform(multipart("/app/admin/firm/logo").file(logo("office.png", png())).with(data.signedIn(admin)).with(csrf()))
                .andExpect(flash().attributeExists("notice"));
        assertThat(firmSetup.hasLogo()).as("the headers show the new logo at once").isTrue();
        mvc.perform(get("/branding/logo"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void svgWithScriptIsRefusedWhateverItsName() throws Exception {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/app/admin/firm/logo").file(logo("logo.png", svg)).with(data.signedIn(data.admin())).with(csrf()))
                .andExpect(flash().attribute("problem", "Choose a PNG, JPEG, GIF or WebP image."));
        assertThat(firmSetup.hasLogo()).isFalse();
    }

    @Test
    void htmlPretendingToBeAnImageIsRefused() throws Exception {
        byte[] html = "<html><body onload=alert(1)>hi</body></html>".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/app/admin/firm/logo").file(logo("logo.gif", html)).with(data.signedIn(data.admin())).with(csrf()))
                .andExpect(flash().attributeExists("problem"));
        assertThat(firmSetup.hasLogo()).isFalse();
    }

    @Test
    void tooLargeALogoIsRefused() throws Exception {
        byte[] big = new byte[FirmSetup.MAX_LOGO_BYTES + 1];
        System.arraycopy(png(), 0, big, 0, png().length);
        mvc.perform(multipart("/app/admin/firm/logo").file(logo("big.png", big)).with(data.signedIn(data.admin())).with(csrf()))
                .andExpect(flash().attribute("problem", "Choose an image of at most 512 KB."));
        assertThat(firmSetup.hasLogo()).isFalse();
    }

    @Test
    void investigatorCannotChangeTheLogo() throws Exception {
        mvc.perform(multipart("/app/admin/firm/logo").file(logo("office.png", png())).with(data.signedIn(data.investigator()))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/app/admin/firm/logo/delete").with(data.signedIn(data.investigator())).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void noLogoAnswersNotFound() throws Exception {
        mvc.perform(get("/branding/logo")).andExpect(status().isNotFound());
    }

    private static MockMultipartFile logo(String name, byte[] content) {
        return new MockMultipartFile("logo", name, "image/png", content);
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
