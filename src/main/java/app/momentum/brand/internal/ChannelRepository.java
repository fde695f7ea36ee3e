package app.momentum.brand.internal;

import app.momentum.brand.internal.Channel;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Channels of the current tenant (tenant-filtered). */
public interface ChannelRepository extends JpaRepository<Channel, UUID> {

    List<Channel> findAllByOrderByPositionAsc();
}
