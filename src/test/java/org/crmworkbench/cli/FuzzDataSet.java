package org.crmworkbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.crmworkbench.data.CrmTable;

/**
 * The import fuzzer's ground truth: a small valid data set of every table (stored in the database every case starts
 * from) and, per table, a valid file that adds to it (new keys, references to stored rows), which the fuzzer mutates.
 */
final class FuzzDataSet {
    /** A table's file as cells: the header, then the rows. */
    record Sheet(CrmTable table, List<String> header, List<List<String>> rows) {
        Sheet copy() {
            List<List<String>> r = new ArrayList<>();
            for (List<String> row : rows) {
                r.add(new ArrayList<>(row));
            }
            return new Sheet(table, new ArrayList<>(header), r);
        }
    }

    private static final Map<CrmTable, String> BASE = new EnumMap<>(CrmTable.class);
    private static final Map<CrmTable, String> ADDITIONS = new EnumMap<>(CrmTable.class);

    static {
        BASE.put(CrmTable.CUSTOMERS, """
                customer_id,name,gender,birth_year,region,city,channel,signup_date,email
                C001,Ann Lee,F,1980,North,Leeds,online,2021-03-04,ann@example.com
                C002,王伟,M,1975,East,Shanghai,store,2022-11-30,wei@example.com
                C003,Bo Chen,X,1990,West,Chengdu,online,2020-01-15,bo@example.com
                C004,Cara Diaz,F,2001,South,Sevilla,phone,2023-07-01,cara@example.com
                C005,Dev Patel,M,1968,North,York,online,2019-05-20,dev@example.com
                C006,李娜,F,1985,East,Hangzhou,store,2024-02-29,na@example.com
                """);
        BASE.put(CrmTable.PRODUCTS, """
                product_id,name,category,brand,price,tags,description
                P01,Kettle,Kitchen,Hearth,39.90,kitchen;tea,A steel kettle
                P02,Green tea,Food,Leaf,6.50,tea,"Loose tea, 100 g"
                P03,Teapot,Kitchen,Hearth,24.00,tea;pot,A glass teapot
                P04,Mug,Kitchen,Hearth,8.00,mug,A mug
                P05,Honey,Food,Bee,9.99,sweet,Wild honey
                P06,Spoon,Kitchen,Hearth,1.50,,
                """);
        BASE.put(CrmTable.SALES_REPS, """
                rep_id,name,region,hired_on
                R1,Owen Morris,North,2017-12-23
                R2,张敏,East,2020-06-01
                """);
        BASE.put(CrmTable.ORDERS, """
                order_id,customer_id,order_date,channel,rep_id,total
                O001,C001,2024-01-05,online,R1,46.40
                O002,C002,2024-01-06,store,R2,24.00
                O003,C003,2024-02-10,online,,8.00
                O004,C001,2024-03-01,phone,R1,9.99
                O005,C004,2024-03-02,online,,41.40
                """);
        BASE.put(CrmTable.ORDER_LINES, """
                order_id,product_id,quantity,unit_price
                O001,P01,1,39.90
                O001,P02,1,6.50
                O002,P03,1,24.00
                O003,P04,1,8.00
                O004,P05,1,9.99
                O005,P01,1,39.90
                O005,P06,1,1.50
                """);
        BASE.put(CrmTable.RATINGS, """
                customer_id,product_id,rating,rated_at
                C001,P01,5,2024-01-09T10:00:00
                C001,P02,4,2024-01-10T11:30:00
                C002,P03,3,2024-01-12T09:15:00
                C003,P04,2,2024-02-15T20:45:00
                """);
        BASE.put(CrmTable.FEEDBACK, """
                feedback_id,customer_id,created_at,channel,text,language,product_id
                F001,C001,2024-01-09T10:05:00,online,Lovely kettle,en,P01
                F002,C002,2024-01-12T09:20:00,store,茶壶很好用。,zh,P03
                F003,,2024-02-01T08:00:00,phone,Where is my parcel?,en,
                """);
        BASE.put(CrmTable.KNOWLEDGE_BASE, """
                question,intent,answer,language
                Where is my order?,order_status,Look under My Account > Orders.,en
                我的订单在哪里？,order_status,请在我的账户中查看订单。,zh
                How do I return an item?,returns,Use the returns form within 30 days.,en
                """);
        ADDITIONS.put(CrmTable.CUSTOMERS, """
                customer_id,name,gender,birth_year,region,city,channel,signup_date,email
                C101,Eve Stone,F,1992,South,Malaga,online,2024-05-06,eve@example.com
                C102,刘洋,M,1988,East,Nanjing,store,2024年5月7日,yang@example.com
                C103,Finn Moss,M,1979,North,Hull,phone,2024/5/8,finn@example.com
                C104,Gia Rossi,F,2000,West,Bristol,online,08.05.2024,gia@example.com
                """);
        ADDITIONS.put(CrmTable.PRODUCTS, """
                product_id,name,category,brand,price,tags,description
                P101,Tea cosy,Kitchen,Hearth,12.00,tea;wool,A wool tea cosy
                P102,乌龙茶,Food,Leaf,¥58.00,tea,"Oolong, 250 g"
                P103,Strainer,Kitchen,Hearth,"1,299.50",tea,A steel strainer
                """);
        ADDITIONS.put(CrmTable.SALES_REPS, """
                rep_id,name,region,hired_on
                R101,Rachel Hughes,South,2021-09-13
                R102,陈静,West,2022-01-04
                """);
        ADDITIONS.put(CrmTable.ORDERS, """
                order_id,customer_id,order_date,channel,rep_id,total
                O101,C005,2024-04-01,online,R1,39.90
                O102,C006,2024-04-02,store,R2,14.50
                O103,C002,2024-04-03,online,,0
                """);
        ADDITIONS.put(CrmTable.ORDER_LINES, """
                order_id,product_id,quantity,unit_price
                O001,P03,2,24.00
                O002,P04,1,8.00
                O003,P05,3,9.99
                O004,P06,10,1.50
                """);
        ADDITIONS.put(CrmTable.RATINGS, """
                customer_id,product_id,rating,rated_at
                C004,P01,4,2024-03-09T10:00:00
                C005,P02,3.5,2024-03-10 11:30
                C006,P05,1,2024-03-12
                """);
        ADDITIONS.put(CrmTable.FEEDBACK, """
                feedback_id,customer_id,created_at,channel,text,language,product_id
                F101,C004,2024-03-09T10:05:00,online,"Fast delivery, thanks",en,P01
                F102,C006,2024-03-12T09:20:00,store,蜂蜜太甜了,中文,P05
                F103,,2024-03-15,phone,Can I change my address?,en,
                """);
        ADDITIONS.put(CrmTable.KNOWLEDGE_BASE, """
                question,intent,answer,language
                Where is my order?,order_status,Look under My Account > Orders.,en
                Can I pay by card?,payment,"Yes, every major card.",en
                如何退货？,returns,请在30天内填写退货表。,zh
                """);
    }

    private FuzzDataSet() {
    }

    /** Writes the base data set as {@code <table>.csv} files into {@code dir}. */
    static Path writeBase(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<CrmTable, String> e : BASE.entrySet()) {
            Files.writeString(dir.resolve(e.getKey().sqlName() + ".csv"), e.getValue(), StandardCharsets.UTF_8);
        }
        return dir;
    }

    /** The valid file of new rows for {@code table}, as cells. */
    static Sheet additions(CrmTable table) {
        return parse(table, ADDITIONS.get(table));
    }

    /**
     * The leading cells of a row already in the database: its key, or the pair that identifies a rating or an order
     * line; a row of additions given these is a duplicate of a stored row.
     */
    static List<String> storedIdentity(CrmTable table) {
        return switch (table) {
            case CUSTOMERS -> List.of("C001");
            case PRODUCTS -> List.of("P01");
            case SALES_REPS -> List.of("R1");
            case ORDERS -> List.of("O001");
            case ORDER_LINES -> List.of("O001", "P01");
            case RATINGS -> List.of("C001", "P01");
            case FEEDBACK -> List.of("F001");
            case KNOWLEDGE_BASE -> List.of();
        };
    }

    /** A simple CSV reading of the fixed texts above (quotes only around whole fields, no quotes inside). */
    private static Sheet parse(CrmTable table, String text) {
        List<List<String>> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (char ch : line.toCharArray()) {
                if (ch == '"') {
                    quoted = !quoted;
                } else if (ch == ',' && !quoted) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(ch);
                }
            }
            cells.add(cell.toString());
            lines.add(cells);
        }
        return new Sheet(table, lines.get(0), new ArrayList<>(lines.subList(1, lines.size())));
    }
}
