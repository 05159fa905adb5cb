package org.crmworkbench.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The masking rules and the keyed pseudonyms, value by value. */
class PersonalDataPolicyTest {
    /** 32 bytes 00 01 .. 1f. */
    static final byte[] KEY = HexFormat.of().parseHex(
            "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

    private final PersonalDataPolicy masked = PersonalDataPolicy.masked();

    @Test
    void latinNamesBecomeTheirInitials() {
        assertEquals("W. F.", masked.name("Wang Fang"));
        assertEquals("A. L.", masked.name("  ada   lee "));
        assertEquals("J. P.", masked.name("Jean-Luc Picard"));
        assertEquals("M.", masked.name("Madonna"));
        assertEquals("Ö. Ç.", masked.name("özlem çelik"));
        // a word with no letter or digit gives nothing; a name with none at all a single star
        assertEquals("N. C.", masked.name("New, Customer"));
        assertEquals("O. C.", masked.name("O'Brien (Conor)"));
        assertEquals("*", masked.name("-- ..."));
    }

    @Test
    void chineseJapaneseAndKoreanNamesKeepTheirFirstCharacterAndOneStar() {
        assertEquals("王*", masked.name("王芳"));
        assertEquals("欧*", masked.name("欧阳娜娜"));
        assertEquals("李*", masked.name("李"));
        assertEquals("王*", masked.name(" 王 芳 "));
        assertEquals("山*", masked.name("山田 太郎"));
        assertEquals("김*", masked.name("김민준"));
        // any CJK character makes the rule the CJK one, also after a Latin word
        assertEquals("L*", masked.name("Li 芳"));
        // a character outside the Basic Multilingual Plane is kept whole (not half a surrogate pair)
        assertEquals("𠀀*", masked.name("𠀀芳"));
    }

    @Test
    void missingOrBlankValuesStayEmptyInEveryMode() {
        for (PersonalDataPolicy p : new PersonalDataPolicy[] {masked, PersonalDataPolicy.withNames(),
            PersonalDataPolicy.pseudonymized(KEY)}) {
            assertEquals("", p.name(null));
            assertEquals("", p.name("  "));
            assertEquals("", p.email(null));
            assertEquals("", p.email(""));
            assertEquals("", p.id(null));
        }
    }

    @Test
    void eMailAddressesKeepTheirFirstCharacterAndDomain() {
        assertEquals("a***@example.com", masked.email("alice@example.com"));
        assertEquals("a***@example.com", masked.email(" a@example.com "));
        assertEquals("王***@例子.中国", masked.email("王芳@例子.中国"));
        // quoted local part: its first letter or digit; the last @ separates the domain
        assertEquals("j***@example.com", masked.email("\"john doe\"@example.com"));
        assertEquals("a***@example.com", masked.email("alice@@example.com"));
        // not an address: hidden whole
        assertEquals("***", masked.email("alice"));
        assertEquals("***", masked.email("@example.com"));
        assertEquals("***", masked.email("alice@"));
        assertEquals("***@example.com", masked.email("..@example.com"));
    }

    @Test
    void withNamesEverythingIsAsStoredAndMaskedIdsAreAsStored() {
        PersonalDataPolicy names = PersonalDataPolicy.withNames();
        assertEquals("Wang Fang", names.name("Wang Fang"));
        assertEquals("alice@example.com", names.email("alice@example.com"));
        assertEquals("C000123", names.id("C000123"));
        assertEquals("C000123", masked.id("C000123"));
        assertTrue(names.showsNames());
        assertEquals(false, masked.showsNames());
    }

    @Test
    void pseudonymsAreTheFirstSixteenHexDigitsOfHmacSha256AsPythonComputesThem() {
        // python3 -c "import hmac,hashlib; k=bytes(range(32));
        //   print(hmac.new(k, 'C000123'.encode(), hashlib.sha256).hexdigest()[:16])"
        PersonalDataPolicy keyed = PersonalDataPolicy.pseudonymized(KEY);
        assertEquals("796e6e5f0801e2c7", keyed.id("C000123"));
        assertEquals("c9e6fefe3ac0680f", keyed.name("Wang Fang"));
        assertEquals("8bd7c316f0504f3c", keyed.name("王芳"));
        assertEquals("a59fc578d4cb46fa", keyed.email("alice@example.com"));
        assertEquals(PersonalDataPolicy.PSEUDONYM_LENGTH, keyed.id("C000123").length());
    }

    @Test
    void pseudonymsAreStableForOneKeyAndDifferForAnother() {
        PersonalDataPolicy once = PersonalDataPolicy.pseudonymized(KEY);
        PersonalDataPolicy again = PersonalDataPolicy.pseudonymized(KEY.clone());
        assertEquals(once.id("C000123"), again.id("C000123"));
        assertNotEquals(once.id("C000123"), once.id("C000124"));
        PersonalDataPolicy other = PersonalDataPolicy.pseudonymized(
                "another key, sixteen bytes or more".getBytes(StandardCharsets.UTF_8));
        assertEquals("6b301cd65c3a4bcb", other.id("C000123"));
        assertNotEquals(once.id("C000123"), other.id("C000123"));
    }

    @Test
    void aKeyShorterThanSixteenBytesIsRefusedAndOnlyAKeyedPolicyMakesPseudonyms() {
        assertThrows(IllegalArgumentException.class, () -> PersonalDataPolicy.pseudonymized(new byte[15]));
        assertThrows(IllegalStateException.class, () -> masked.pseudonym("C000123"));
    }
}
