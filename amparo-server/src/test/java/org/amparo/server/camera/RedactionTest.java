package org.amparo.server.camera;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RedactionTest {
    @Test
    void credentialsInUrlsNeverShow() {
        String url = "rtsp://admin:s3cret@10.0.0.9:554/stream1?token=abc";
        assertThat(CameraPuller.shown(url)).isEqualTo("rtsp://10.0.0.9:554/stream1");
        assertThat(Redaction.redact("Connection to " + url + " failed"))
                .doesNotContain("s3cret")
                .doesNotContain("abc")
                .contains("rtsp://***@10.0.0.9:554/stream1?***");
        assertThat(Redaction.redact(url + ": 401 Unauthorized", url, CameraPuller.shown(url)))
                .isEqualTo("rtsp://10.0.0.9:554/stream1: 401 Unauthorized");
    }

    @Test
    void theCommandPassesTheUrlAsOneArgumentWithoutAShell() {
        String url = "http://u:p@127.0.0.1:8080/cam.mjpg; rm -rf /";
        var command = CameraPuller.command("ffmpeg", url, 2, Duration.ofSeconds(15));
        assertThat(command.getFirst()).isEqualTo("ffmpeg");
        assertThat(command).contains(url).contains("-rw_timeout").contains("fps=2.000:eof_action=pass");
        assertThat(command.subList(command.size() - 7, command.size()))
                .containsExactly("-f", "image2pipe", "-vcodec", "mjpeg", "-q:v", "3", "pipe:1");
        assertThat(CameraPuller.command("ffmpeg", "rtsp://h/s", 1, Duration.ofSeconds(15)))
                .contains("-rtsp_transport", "tcp");
    }
}
