package org.yuanwu.training.internal.skill;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SkillRepository extends JpaRepository<Skill, Long> {

    List<Skill> findAllByOrderBySortOrderAscIdAsc();

    List<Skill> findByActiveTrueOrderBySortOrderAscIdAsc();

    Optional<Skill> findByCode(String code);

    boolean existsByCode(String code);

    @Query("select coalesce(max(s.sortOrder), 0) from Skill s")
    int maxSortOrder();
}
