package org.yuanwu.demo;

import java.util.Random;
import org.yuanwu.organization.Gender;

/** Realistic Chinese personal names: a common surname and a one- or two-character given name. */
final class ChineseNames {

    /** The most frequent surnames, most common first; earlier ones are drawn more often. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String FEMALE_CHARS = "芳娟敏静丽艳娜玲婷雪慧霞琳颖洁倩莉萍红燕梅兰丹璐欣悦佳怡思雨晓嘉诗梦瑶蕾秀英云月春桂凤淑晶薇琪茜媛妍彤露岚";
    private static final String MALE_CHARS = "伟强磊军勇杰涛明斌超刚平辉鹏飞鑫波宇浩凯健俊帆旭宁龙林阳峰建国志海东博晨昊然轩毅坤锋亮诚睿哲文华";
    /** Used in either position for both sexes, so given names do not all sound alike. */
    private static final String NEUTRAL_CHARS = "子晓文一佳家嘉思雨欣梓若俊天新永立春海金玉宏";
    /** Share of given names with a single character (the rest have two). */
    private static final double SINGLE_CHAR_SHARE = 0.3;

    private final Random random;

    ChineseNames(Random random) {
        this.random = random;
    }

    String next(Gender gender) {
        String own = gender == Gender.FEMALE ? FEMALE_CHARS : MALE_CHARS;
        String surname = pickSkewed(SURNAMES);
        if (random.nextDouble() < SINGLE_CHAR_SHARE) {
            return surname + pick(own);
        }
        String first = random.nextInt(3) == 0 ? pick(NEUTRAL_CHARS) : pick(own);
        return surname + first + pick(own);
    }

    private String pick(String chars) {
        return String.valueOf(chars.charAt(random.nextInt(chars.length())));
    }

    /** Squaring a uniform draw favours the front of the list, as real surname frequencies do. */
    private String pickSkewed(String chars) {
        double u = random.nextDouble();
        return String.valueOf(chars.charAt((int) (u * u * chars.length())));
    }
}
