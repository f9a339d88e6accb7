package org.yuanwu.organization.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    @Query(value = "select nextval('org_unit_seq')", nativeQuery = true)
    long nextId();

    Optional<OrgUnit> findByCode(String code);

    boolean existsByCode(String code);

    List<OrgUnit> findByParentIdOrderByCode(Long parentId);

    List<OrgUnit> findByParentIdIsNullOrderByCode();

    List<OrgUnit> findByPathStartingWithOrderByPath(String pathPrefix);

    List<OrgUnit> findByCodeIn(Collection<String> codes);

    @Query("select u.id from OrgUnit u where u.path like concat(:pathPrefix, '%')")
    List<Long> idsUnder(@Param("pathPrefix") String pathPrefix);

    @Query("select u.parentId from OrgUnit u where u.parentId in :ids group by u.parentId")
    List<Long> parentsAmong(@Param("ids") Collection<Long> ids);

    @Query("""
            select u from OrgUnit u
            where (lower(u.name) like lower(concat('%', :q, '%')) or lower(u.code) like lower(concat('%', :q, '%')))
              and u.path like concat(:pathPrefix, '%')
            order by u.path""")
    List<OrgUnit> search(@Param("q") String q, @Param("pathPrefix") String pathPrefix,
                         org.springframework.data.domain.Pageable pageable);

    @Query("select count(u) from OrgUnit u where u.parentId = :id and u.active = true")
    long countActiveChildren(@Param("id") Long id);
}
