package org.yuanwu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@Modulithic(sharedModules = "common")
public class YuanwuApplication {

    public static void main(String[] args) {
        SpringApplication.run(YuanwuApplication.class, args);
    }
}
