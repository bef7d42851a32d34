#include "logs/ByteTable.h"

#include <QTest>

#include <map>
#include <string>

using namespace eas::logs;

// The hash table behind every keyed count of the log report: open addressing over its entries,
// grown by doubling, bounded by maxKeys.
class TestByteTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsEveryKeyAfterGrowing()
    {
        ByteTable<std::string> table;
        std::map<std::string, std::string> expected;
        for (int i = 0; i < 50000; ++i) {
            // Short keys, keys past the inline head that differ only at their end, and empty.
            const std::string key
                = i % 3 == 0   ? std::to_string(i)
                  : i % 3 == 1 ? std::string(40, 'd') + std::to_string(i)
                               : std::string(std::size_t(i % 7), 'x') + "\\t" + std::to_string(i);
            table[key] = "value " + key; // a value that owns memory moves with its entry
            expected[key] = "value " + key;
        }
        table[""] = "empty";
        expected[""] = "empty";
        QCOMPARE(table.size(), expected.size());
        for (const auto &[key, value] : expected) {
            const std::string *found = table.get(key);
            QVERIFY2(found, key.c_str());
            QCOMPARE(*found, value);
        }
        QVERIFY(!table.get("absent"));
        QVERIFY(!table.get(std::string(40, 'd')));
        std::size_t visited = 0;
        table.forEach([&](std::string_view key, const std::string &value) {
            ++visited;
            QCOMPARE(value, expected.at(std::string(key)));
        });
        QCOMPARE(visited, expected.size());
        QCOMPARE(table["0"], std::string("value 0")); // found, not inserted again
        QCOMPARE(table.size(), expected.size());
        QVERIFY(!table.overflowed());
    }

    void keysAreCutAtTheLimit()
    {
        ByteTable<int> table;
        const std::string longKey(ByteTable<int>::kMaxKeyBytes + 50, 'k');
        ++table[longKey];
        ++table[longKey.substr(0, ByteTable<int>::kMaxKeyBytes)];
        QCOMPARE(table.size(), std::size_t(1));
        QCOMPARE(*table.get(longKey), 2);
    }

    void keysPastTheLimitShareTheOverflow()
    {
        ByteTable<int> table(2);
        for (const char *key : {"a", "b", "c", "d", "a"})
            ++table[key];
        QCOMPARE(table.size(), std::size_t(2));
        QVERIFY(table.overflowed());
        QCOMPARE(table.overflow(), 2);
        QCOMPARE(table["a"], 2);
        QVERIFY(!table.get("c"));
        ByteTable<int> merged(10);
        ++merged["a"];
        merged.mergeFrom(table, [](int &mine, int theirs) { mine += theirs; });
        QCOMPARE(merged.size(), std::size_t(2));
        QCOMPARE(*merged.get("a"), 3);
        QCOMPARE(merged.overflow(), 2);
    }
};

QTEST_GUILESS_MAIN(TestByteTable)
#include "TestByteTable.moc"
