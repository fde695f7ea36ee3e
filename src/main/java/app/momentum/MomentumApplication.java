package app.momentum;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MomentumApplication {
    public static void main(String[] args) {
        SpringApplication.run(MomentumApplication.class, args);
    }
}
