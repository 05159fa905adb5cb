package org.crmworkbench.data.sample;

import java.util.List;

/**
 * Invented but plausible personal names: English-language names, and Chinese names written in Chinese
 * characters with their pinyin for e-mail addresses.
 */
final class PersonNames {

    /** A generated name: how it is shown and an ASCII stem for e-mail addresses. */
    record Name(String display, String emailStem) {
    }

    private static final List<String> WESTERN_FEMALE = List.of("Emma", "Olivia", "Sophie", "Charlotte", "Amelia",
            "Grace", "Chloe", "Hannah", "Lucy", "Isabel", "Mia", "Ella", "Laura", "Sarah", "Anna", "Julia",
            "Emily", "Rachel", "Megan", "Claire", "Natalie", "Zoe", "Alice", "Katie", "Ruby", "Nina", "Leah",
            "Priya", "Maria", "Sofia");
    private static final List<String> WESTERN_MALE = List.of("James", "Oliver", "Jack", "Harry", "Thomas",
            "William", "Daniel", "Samuel", "Joseph", "Lucas", "Noah", "Ethan", "Liam", "Adam", "Ryan", "Owen",
            "Nathan", "David", "Michael", "Matthew", "Peter", "Mark", "Paul", "Simon", "Leo", "Felix", "Max",
            "Arjun", "Marco", "Jonas");
    private static final List<String> WESTERN_SURNAMES = List.of("Smith", "Johnson", "Brown", "Taylor", "Wilson",
            "Davies", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Thompson", "White", "Hughes", "Edwards",
            "Green", "Hall", "Wood", "Harris", "Martin", "Clarke", "Jackson", "Turner", "Hill", "Moore", "Cooper",
            "Ward", "Morris", "King", "Baker", "Murphy", "Kelly", "Nguyen", "Patel", "Garcia", "Rossi", "Muller",
            "Schmidt", "Dubois", "Jansen");
    private static final List<String> CHINESE_SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵",
            "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗");
    private static final List<String> CHINESE_SURNAMES_PINYIN = List.of("wang", "li", "zhang", "liu", "chen",
            "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "lin", "gao", "luo");
    private static final List<String> CHINESE_FEMALE = List.of("芳", "娜", "敏", "静", "丽", "婷", "雪", "慧",
            "颖", "琳", "欣怡", "雨桐", "思琪", "梓涵", "佳怡", "诗涵", "晓燕", "美玲", "丽华", "秀英");
    private static final List<String> CHINESE_FEMALE_PINYIN = List.of("fang", "na", "min", "jing", "li", "ting",
            "xue", "hui", "ying", "lin", "xinyi", "yutong", "siqi", "zihan", "jiayi", "shihan", "xiaoyan",
            "meiling", "lihua", "xiuying");
    private static final List<String> CHINESE_MALE = List.of("伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "斌",
            "超", "浩然", "子轩", "宇航", "俊杰", "志强", "建国", "明辉", "文博", "家豪", "天宇");
    private static final List<String> CHINESE_MALE_PINYIN = List.of("wei", "qiang", "lei", "jun", "yang", "yong",
            "jie", "tao", "bin", "chao", "haoran", "zixuan", "yuhang", "junjie", "zhiqiang", "jianguo", "minghui",
            "wenbo", "jiahao", "tianyu");

    private PersonNames() {
    }

    /** A name for a person of the given gender, Chinese or English-language. */
    static Name draw(Dice dice, boolean female, boolean chinese) {
        return chinese ? chinese(dice, female) : western(dice, female);
    }

    private static Name western(Dice dice, boolean female) {
        List<String> firsts = female ? WESTERN_FEMALE : WESTERN_MALE;
        String first = firsts.get(dice.belowFavouringFront(firsts.size()));
        String last = WESTERN_SURNAMES.get(dice.belowFavouringFront(WESTERN_SURNAMES.size()));
        String f = first.toLowerCase(java.util.Locale.ROOT);
        String l = last.toLowerCase(java.util.Locale.ROOT);
        String stem = switch (dice.below(4)) {
            case 0 -> f + "." + l;
            case 1 -> f + l;
            case 2 -> f.charAt(0) + "." + l;
            default -> f + "_" + l;
        };
        return new Name(first + " " + last, stem);
    }

    private static Name chinese(Dice dice, boolean female) {
        int s = dice.belowFavouringFront(CHINESE_SURNAMES.size());
        List<String> givens = female ? CHINESE_FEMALE : CHINESE_MALE;
        List<String> pinyin = female ? CHINESE_FEMALE_PINYIN : CHINESE_MALE_PINYIN;
        int g = dice.below(givens.size());
        String surname = CHINESE_SURNAMES_PINYIN.get(s);
        String given = pinyin.get(g);
        String stem = switch (dice.below(3)) {
            case 0 -> surname + "." + given;
            case 1 -> given + surname;
            default -> surname + given;
        };
        return new Name(CHINESE_SURNAMES.get(s) + givens.get(g), stem);
    }
}
